import type { CypherQuery, CypherRunner } from './cypher-runner';
import { neighborhoodQuery, type NeighborhoodParams } from './neighborhood-query';
import { pathsQuery, shortestPathQuery, type PathEnds, type PathsParams } from './path-queries';
import { toEntityRecord, toRelationshipRecord, type EntityRecord, type RelationshipRecord } from './records';

export interface PathRecord {
  length: number;
  /** In path order, from `from` to `to`. */
  nodes: EntityRecord[];
  /** In path order; each keeps its stored direction (fromId/toId). */
  relationships: RelationshipRecord[];
}

export interface SubgraphRecord {
  /** The centre first, then by distance, name and id. */
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
  truncated: boolean;
}

/** What a path query found; `missing` names the ends that do not exist, so the caller can say which. */
export interface PathSearch {
  missing: Array<'from' | 'to'>;
  paths: PathRecord[];
}

type Raw = Record<string, unknown>;

function toPathRecord(raw: Raw): PathRecord {
  const relationships = (raw.relationships as Raw[]).map(toRelationshipRecord);
  return { length: relationships.length, nodes: (raw.nodes as Raw[]).map(toEntityRecord), relationships };
}

/** Neighbourhoods and paths: one round trip each, the existence of the ends checked in the same one. */
export class TraversalRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** Null when the centre does not exist. */
  async neighborhood(params: NeighborhoodParams): Promise<SubgraphRecord | null> {
    const result = await this.runner.read(neighborhoodQuery(params));
    const record = result.records[0];
    if (record === undefined) return null;
    return {
      nodes: (record.get('nodes') as Raw[]).map(toEntityRecord),
      relationships: (record.get('relationships') as Raw[]).map(toRelationshipRecord),
      truncated: record.get('truncated') === true,
    };
  }

  async shortestPath(params: PathEnds): Promise<PathSearch> {
    return this.search(shortestPathQuery(params));
  }

  async paths(params: PathsParams): Promise<PathSearch> {
    return this.search(pathsQuery(params));
  }

  private async search(query: CypherQuery): Promise<PathSearch> {
    const result = await this.runner.read(query);
    const record = result.records[0];
    if (record === undefined) throw new Error(`${query.name} returned no row`);
    const missing: PathSearch['missing'] = [];
    if (record.get('fromFound') !== true) missing.push('from');
    if (record.get('toFound') !== true) missing.push('to');
    return { missing, paths: (record.get('paths') as Raw[]).map(toPathRecord) };
  }
}
