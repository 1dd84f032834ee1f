import type { Request } from './graphql';

/**
 * The GraphQL the page sends: only the public API's `search`, `neighborhood`, `shortestPath`, `mentions` and
 * `entity`. Each function names what it returns in the page's own terms.
 */

export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
  publishedOn: string | null;
}

export interface EntityRef {
  id: string;
  type: string;
  name: string;
}

export interface RelationshipData {
  id: string;
  type: string;
  from: string;
  to: string;
  title: string | null;
  role: string | null;
  since: string | null;
  until: string | null;
  sources: SourceRef[];
}

export interface Subgraph {
  nodes: EntityRef[];
  relationships: RelationshipData[];
  truncated: boolean;
}

export interface EntityDetails extends EntityRef {
  aliases: string[];
  description: string | null;
  sources: SourceRef[];
  /** Kind-specific properties that are set, as label → value. */
  properties: Array<[string, string]>;
}

const SOURCE = 'id title url publishedOn';
const RELATIONSHIP = `id type title role since until from { id } to { id } sources { ${SOURCE} }`;

interface RawRelationship extends Omit<RelationshipData, 'from' | 'to'> {
  from: { id: string };
  to: { id: string };
}

const relationship = (raw: RawRelationship): RelationshipData => ({ ...raw, from: raw.from.id, to: raw.to.id });

export async function searchEntities(request: Request, text: string): Promise<Array<EntityRef & { aliases: string[] }>> {
  const data = await request<{ search: Array<{ entity: EntityRef & { aliases: string[] } }> }>(
    'query ExplorerSearch($text: String!) { search(text: $text, first: 10) { entity { id type name aliases } } }',
    { text },
  );
  return data.search.map((hit) => hit.entity);
}

export async function neighborhood(request: Request, id: string, limit: number, asOf: string | undefined): Promise<Subgraph> {
  const data = await request<{ neighborhood: { nodes: EntityRef[]; relationships: RawRelationship[]; truncated: boolean } }>(
    `query ExplorerNeighborhood($id: ID!, $limit: Int!, $asOf: Date) {
      neighborhood(id: $id, limit: $limit, asOf: $asOf) { truncated nodes { id type name } relationships { ${RELATIONSHIP} } }
    }`,
    { id, limit, asOf: asOf ?? null },
  );
  return { ...data.neighborhood, relationships: data.neighborhood.relationships.map(relationship) };
}

/** The shortest path as a subgraph whose nodes are in path order; null when there is none. */
export async function shortestPath(request: Request, from: string, to: string, asOf: string | undefined): Promise<Subgraph | null> {
  const data = await request<{ shortestPath: { nodes: EntityRef[]; relationships: RawRelationship[] } | null }>(
    `query ExplorerPath($from: ID!, $to: ID!, $asOf: Date) {
      shortestPath(from: $from, to: $to, asOf: $asOf) { nodes { id type name } relationships { ${RELATIONSHIP} } }
    }`,
    { from, to, asOf: asOf ?? null },
  );
  const path = data.shortestPath;
  return path === null ? null : { nodes: path.nodes, relationships: path.relationships.map(relationship), truncated: false };
}

/**
 * Properties worth showing per kind, then their labels by response key. The two `category` fields are
 * of different enum types, which GraphQL only lets one selection hold under different aliases.
 */
const KIND_FIELDS = `
  ... on Event { eventCategory: category startDate endDate datePrecision signatories }
  ... on Organization { organizationCategory: category }
  ... on Country { isoCode }
  ... on Source { title url publishedOn }`;
const LABELS: Record<string, string> = {
  eventCategory: 'Category',
  organizationCategory: 'Category',
  startDate: 'Start',
  endDate: 'End',
  datePrecision: 'Date precision',
  signatories: 'Signatories',
  isoCode: 'ISO code',
  title: 'Title',
  url: 'URL',
  publishedOn: 'Published',
};

export async function entityDetails(request: Request, id: string): Promise<EntityDetails | null> {
  const data = await request<{ entity: (Omit<EntityDetails, 'properties'> & Record<string, unknown>) | null }>(
    `query ExplorerEntity($id: ID!) { entity(id: $id) { id type name aliases description sources { ${SOURCE} } ${KIND_FIELDS} } }`,
    { id },
  );
  const entity = data.entity;
  if (entity === null) return null;
  const properties = Object.entries(LABELS)
    .filter(([field]) => entity[field] !== undefined && entity[field] !== null)
    .map(([field, label]): [string, string] => [label, String(entity[field])]);
  return { id: entity.id, type: entity.type, name: entity.name, aliases: entity.aliases, description: entity.description, sources: entity.sources, properties };
}

/** A span of a pasted text and the entity it names (null when unsure), with its candidates' names. */
export interface TextMention {
  start: number;
  end: number;
  entity: EntityRef | null;
  candidates: string[];
}

export async function findMentions(request: Request, text: string): Promise<TextMention[]> {
  const data = await request<{ mentions: Array<{ start: number; end: number; entity: EntityRef | null; candidates: Array<{ entity: { name: string } }> }> }>(
    'query ExplorerMentions($text: String!) { mentions(text: $text) { start end entity { id type name } candidates(first: 3) { entity { name } } } }',
    { text },
  );
  return data.mentions.map((mention) => ({ ...mention, candidates: mention.candidates.map((candidate) => candidate.entity.name) }));
}
