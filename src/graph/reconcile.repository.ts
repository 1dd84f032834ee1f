import type { CypherRunner } from './cypher-runner';
import { EntityType, LABEL_OF_TYPE, MatchKind, RelationshipType } from './enums';
import { liveEntity, liveRelationship } from './live';
import { buildSearchQuery, matchOf, rankHits, searchQuery } from './search.repository';
import { toNumber, toStringList, toStringOrNull } from './values';

/*
 * What the reconciliation service (src/http/reconcile/) reads: candidates for a name, found and ranked
 * by the same full-text query and exact-match rules as `search` (one matcher decides what matches),
 * with what property conditions compare; and entities by id, for previews and data extension.
 */

const TYPE_OF_LABEL = new Map<string, EntityType>(Object.entries(LABEL_OF_TYPE).map(([type, label]) => [label, type as EntityType]));
/** Ranking looks past the limit, as search does: an exact match may sit below a few others in Lucene's order. */
const WINDOW = 20;
/** Related entities read per entity and relationship kind: enough for a property condition or a cell of a sheet. */
const RELATED_LIMIT = 50;

/** An entity related to another, as a property value. */
export interface RelatedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType | null;
  readonly aliases: readonly string[];
  /** The relationship kind that relates them. */
  readonly via: RelationshipType;
}

/** An entity as reconciliation shows it. */
export interface ReconciledEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly description: string | null;
  readonly aliases: readonly string[];
  /** Related entities of the relationship kinds asked for. */
  readonly related: readonly RelatedEntity[];
}

/** A candidate for a name: the entity, the matcher's score and how it matched. */
export interface NameCandidate {
  readonly entity: ReconciledEntity;
  readonly score: number;
  readonly matched: string;
  readonly matchKind: MatchKind;
}

function projection(relationshipTypes: readonly RelationshipType[]): string {
  // Kinds come from the closed enum only (checked by the caller's vocabulary).
  const related = relationshipTypes.length === 0
    ? '[]'
    : `[(node)-[r]-(m:Entity) WHERE type(r) IN $relatedTypes AND ${liveRelationship('r')} AND ${liveEntity('m')} | [m.id, m.name, [l IN labels(m) WHERE l <> 'Entity'][0], m.aliases, type(r)]][..${RELATED_LIMIT}]`;
  return `[node.description, [l IN labels(node) WHERE l <> 'Entity'][0], ${related}]`;
}

function decodeEntity(id: string, name: unknown, aliases: unknown, raw: unknown): ReconciledEntity {
  const [description, label, related] = raw as [unknown, unknown, unknown[]];
  return {
    id,
    name: toStringOrNull(name) ?? id,
    type: TYPE_OF_LABEL.get(String(label)) ?? EntityType.TOPIC,
    description: toStringOrNull(description),
    aliases: toStringList(aliases),
    related: (related ?? []).map((row) => {
      const [relatedId, relatedName, relatedLabel, relatedAliases, via] = row as unknown[];
      return {
        id: String(relatedId),
        name: toStringOrNull(relatedName) ?? String(relatedId),
        type: TYPE_OF_LABEL.get(String(relatedLabel)) ?? null,
        aliases: toStringList(relatedAliases),
        via: via as RelationshipType,
      };
    }),
  };
}

export class ReconcileRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** Candidates for `text`, best first, at most `limit`; with the related entities of `relationshipTypes`. */
  async candidates(text: string, types: readonly EntityType[] | null, limit: number, relationshipTypes: readonly RelationshipType[] = []): Promise<NameCandidate[]> {
    const lucene = buildSearchQuery(text, { fuzzy: false });
    if (lucene === null) return [];
    const query = searchQuery(lucene, types, limit + WINDOW, projection(relationshipTypes), null, buildSearchQuery(text));
    const result = await this.runner.read({ ...query, name: 'reconcile.candidates', params: { ...query.params, relatedTypes: relationshipTypes } });
    const hits = result.records.map((record) => {
      const entity = decodeEntity(record.get('id') as string, record.get('name'), record.get('aliases'), record.get('hit'));
      return { entity, score: toNumber(record.get('score')) };
    });
    return rankHits(hits, text, limit).map((hit) => ({ ...hit, ...matchOf(hit.entity, text) }));
  }

  /** Live entities by id, in the order asked; ids of none are left out. */
  async byIds(ids: readonly string[], relationshipTypes: readonly RelationshipType[] = []): Promise<ReconciledEntity[]> {
    const result = await this.runner.read({
      name: 'reconcile.byIds',
      cypher: `UNWIND range(0, size($ids) - 1) AS at
MATCH (node:Entity {id: $ids[at]}) WHERE ${liveEntity('node')}
RETURN node.id AS id, node.name AS name, node.aliases AS aliases, ${projection(relationshipTypes)} AS hit
ORDER BY at`,
      params: { ids, relatedTypes: relationshipTypes },
    });
    return result.records.map((record) => decodeEntity(record.get('id') as string, record.get('name'), record.get('aliases'), record.get('hit')));
  }
}
