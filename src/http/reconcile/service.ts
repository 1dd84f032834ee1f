import { EntityType, MatchKind } from '../../graph/enums';
import type { NameCandidate, ReconcileRepository } from '../../graph/reconcile.repository';
import { foldText } from '../../graph/search.repository';
import { PROPERTIES, TYPE_NAMES, relationshipTypesOf, type PropertyDefinition } from './vocabulary';

/*
 * Reconciliation queries and data extension (W3C Reconciliation Service API 0.2), apart from HTTP:
 * parse a batch, answer each query, refuse what is malformed with a message the router sends as 400.
 */

/** The most queries of one batch (the manifest's `batchSize`); larger batches are refused with 400 and a JSON body, as every bad input here (the spec allows 413 too; one status for every refusal is simpler for clients). */
export const BATCH_SIZE = 50;
/** Candidates per query when the query names no limit, and the most it may ask. */
export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 100;
/** Entities of one data extension query. */
export const MAX_EXTEND_IDS = 100;

/** A client mistake: the router answers it with `status` and a JSON body. */
export class ReconcileInputError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
    this.name = 'ReconcileInputError';
  }
}

interface Condition {
  readonly property: PropertyDefinition;
  readonly values: ReadonlyArray<string | { id: string }>;
}

interface ParsedQuery {
  readonly query: string;
  readonly types: EntityType[] | null;
  readonly limit: number;
  readonly conditions: Condition[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses JSON text handed over in a form field or query parameter, naming the field when it is not JSON. */
export function parseJsonField(field: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ReconcileInputError(`${field}: not valid JSON`);
  }
}

function typesOf(key: string, type: unknown): EntityType[] | null {
  if (type === undefined || type === null) return null;
  const list = Array.isArray(type) ? type : [type];
  return list.map((id) => {
    if (typeof id !== 'string' || !(id in TYPE_NAMES)) throw new ReconcileInputError(`${key}.type: unknown type ${JSON.stringify(id)}; types are ${Object.keys(TYPE_NAMES).join(', ')}`);
    return id as EntityType;
  });
}

function conditionsOf(key: string, properties: unknown): Condition[] {
  if (properties === undefined) return [];
  if (!Array.isArray(properties)) throw new ReconcileInputError(`${key}.properties: must be an array of { pid, v }`);
  return properties.map((condition, index) => {
    if (!isObject(condition) || typeof condition.pid !== 'string' || condition.v === undefined) throw new ReconcileInputError(`${key}.properties[${index}]: must be { pid, v }`);
    const property = PROPERTIES.get(condition.pid);
    if (property === undefined) throw new ReconcileInputError(`${key}.properties[${index}].pid: unknown property ${JSON.stringify(condition.pid)}`);
    const values = (Array.isArray(condition.v) ? condition.v : [condition.v]).map((v) => (isObject(v) && typeof v.id === 'string' ? { id: v.id } : String(v)));
    return { property, values };
  });
}

function parseQuery(key: string, raw: unknown): ParsedQuery {
  if (!isObject(raw)) throw new ReconcileInputError(`${key}: must be an object with a query`);
  if (typeof raw.query !== 'string' || raw.query.trim() === '') throw new ReconcileInputError(`${key}.query: must be a non-empty string`);
  const limit = raw.limit ?? DEFAULT_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new ReconcileInputError(`${key}.limit: must be an integer from 1 to ${MAX_LIMIT}`);
  return { query: raw.query, types: typesOf(key, raw.type), limit, conditions: conditionsOf(key, raw.properties) };
}

/** A reconciliation query batch, checked: an object of queries keyed by any string, at most {@link BATCH_SIZE}. */
export function parseBatch(batch: unknown): Map<string, ParsedQuery> {
  if (!isObject(batch)) throw new ReconcileInputError('queries: must be a JSON object of queries keyed q0, q1, ...');
  const keys = Object.keys(batch);
  if (keys.length > BATCH_SIZE) throw new ReconcileInputError(`queries: a batch holds at most ${BATCH_SIZE} queries (batchSize), got ${keys.length}`, 400);
  return new Map(keys.map((key) => [key, parseQuery(key, batch[key])]));
}

const NAME_SCORE: Readonly<Record<MatchKind, number>> = { [MatchKind.EXACT]: 1, [MatchKind.REORDERED]: 0.9, [MatchKind.PREFIX]: 0.7, [MatchKind.FUZZY]: 0.5 };

/** How many of the conditions the candidate meets: a value equal to an entity's id, or to a name or alias, folded. */
function conditionsMet(candidate: NameCandidate, conditions: readonly Condition[]): number {
  return conditions.filter(({ property, values }) => {
    const found = property.values(candidate.entity).flatMap((value) => ('str' in value ? [foldText(value.str)] : [value.id, foldText(value.name)]));
    const relatedAliases = candidate.entity.related.filter((related) => found.includes(related.id)).flatMap((related) => related.aliases.map(foldText));
    return values.some((v) => (typeof v === 'string' ? found.includes(foldText(v)) || relatedAliases.includes(foldText(v)) : found.includes(v.id)));
  }).length;
}

/**
 * One query's result: the matcher's candidates (the same as `search`'s), scored 0 to 100 as
 * `100 x name` without conditions and `100 x (name + share of conditions met) / 2` with them, where
 * name is 1 for an exact name or alias, 0.7 for a prefix, 0.5 with typos. `match` is true for the
 * best candidate alone when it matched exactly, met every condition and leads the next.
 */
async function answer(repository: ReconcileRepository, query: ParsedQuery): Promise<object> {
  const relationshipTypes = relationshipTypesOf(query.conditions.map((condition) => condition.property));
  // Conditions re-rank: look past the limit so a candidate they lift can enter it.
  const wanted = query.conditions.length === 0 ? query.limit : Math.min(MAX_LIMIT, query.limit + 20);
  const candidates = await repository.candidates(query.query, query.types, wanted, relationshipTypes);
  const scored = candidates
    .map((candidate, rank) => {
      const name = NAME_SCORE[candidate.matchKind];
      const share = query.conditions.length === 0 ? null : conditionsMet(candidate, query.conditions) / query.conditions.length;
      const score = Math.round(100 * (share === null ? name : (name + share) / 2) * 100) / 100;
      return { candidate, rank, name, share, score };
    })
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .slice(0, query.limit);
  return {
    result: scored.map(({ candidate, name, share, score }, index) => ({
      id: candidate.entity.id,
      name: candidate.entity.name,
      ...(candidate.entity.description === null ? {} : { description: candidate.entity.description }),
      type: [{ id: candidate.entity.type, name: TYPE_NAMES[candidate.entity.type] }],
      score,
      features: [{ id: 'name', value: name }, ...(share === null ? [] : [{ id: 'properties', value: share }])],
      match: index === 0 && candidate.matchKind === MatchKind.EXACT && (share === null || share === 1) && (scored.length === 1 || scored[1].score < score),
    })),
  };
}

/** The result batch, keyed as the query batch was. Each query is answered on its own, as the spec asks. */
export async function reconcile(repository: ReconcileRepository, batch: Map<string, ParsedQuery>): Promise<Record<string, object>> {
  const answers = await Promise.all([...batch].map(async ([key, query]) => [key, await answer(repository, query)] as const));
  return Object.fromEntries(answers);
}

/** A data extension query, checked. */
export function parseExtend(raw: unknown): { ids: string[]; properties: PropertyDefinition[] } {
  if (!isObject(raw) || !Array.isArray(raw.ids) || !Array.isArray(raw.properties)) throw new ReconcileInputError('extend: must be { ids: [...], properties: [{ id }] }');
  if (raw.ids.length > MAX_EXTEND_IDS) throw new ReconcileInputError(`extend.ids: at most ${MAX_EXTEND_IDS} ids, got ${raw.ids.length}`, 400);
  const ids = raw.ids.map((id, index) => {
    if (typeof id !== 'string') throw new ReconcileInputError(`extend.ids[${index}]: must be a string`);
    return id;
  });
  const properties = raw.properties.map((property, index) => {
    const definition = isObject(property) && typeof property.id === 'string' ? PROPERTIES.get(property.id) : undefined;
    if (definition === undefined) throw new ReconcileInputError(`extend.properties[${index}]: unknown property ${JSON.stringify(isObject(property) ? property.id : property)}`);
    return definition;
  });
  return { ids, properties };
}

/** The data extension response: each property's values on each entity; an id of no entity gets empty values. */
export async function extend(repository: ReconcileRepository, query: { ids: string[]; properties: PropertyDefinition[] }): Promise<object> {
  const entities = new Map((await repository.byIds(query.ids, relationshipTypesOf(query.properties))).map((entity) => [entity.id, entity]));
  const rows: Record<string, Record<string, object[]>> = {};
  for (const id of query.ids) {
    const entity = entities.get(id);
    rows[id] = Object.fromEntries(query.properties.map((property) => [property.id, entity === undefined ? [] : property.values(entity)]));
  }
  return { meta: query.properties.map((property) => ({ id: property.id, name: property.name })), rows };
}
