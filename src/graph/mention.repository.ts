import { BOUNDS, withinBounds } from './bounds';
import type { CypherRunner } from './cypher-runner';
import { EntityType, LABEL_OF_TYPE } from './enums';
import { liveEntity, liveRelationship } from './live';
import { linkMentions, type LinkedMention, type ProposedEntity } from './mention-linking';
import { lookupsOf } from './mention-text';
import type { Compiled } from './plan/compile';
import { plannedFields, withPlanned } from './plan/planned';
import { newCompiler } from './plan/run';
import { fieldsFor, type FieldSelection, type TypeSelection } from './plan/selection';
import { asOfPredicate, dateParam } from './relationship-filter';
import { SEARCH_INDEXES, foldText } from './search.repository';
import { int, toNumber, toStringList } from './values';

/*
 * `mentions`: which known entities a text names. The names live in Neo4j's full-text indexes, not in
 * this process (at a million entities they would not fit the API's memory budget): the text's
 * capitalised Latin runs and its Japanese runs are looked up in one query, the entities they propose
 * come back with their spellings, degree and relations among themselves, and the exact places of
 * their spellings in the text are found here (mention-text.ts), then ranked (mention-linking.ts).
 */

/** Entities one lookup may propose: a run's words find its names among the best-scored hits. */
const PER_LOOKUP = 20;
/**
 * Hits Lucene hands over per lookup, best first, before the live and kind filters keep PER_LOOKUP:
 * without a limit the index hands over every hit, and a run's words match tens of thousands of
 * names among a million entities ("on", "2013"), which were all read to keep 20.
 */
const LOOKUP_WINDOW = 5 * PER_LOOKUP;

/** Kinds every entity can be: the selection that reads spellings applies to all. */
const ALL_KINDS = Object.values(LABEL_OF_TYPE);
const leaf = (name: string): FieldSelection => ({ key: name, name, args: {}, selection: null, nodes: [] });
/** Name and aliases of a proposed entity, as known at the moment read (`knownAt`). */
const SPELLINGS: TypeSelection = { typeName: 'Entity', groups: [{ types: ALL_KINDS, fields: [leaf('name'), leaf('aliases')] }] };

/** What a `mentions` question links against. */
export interface MentionOptions {
  readonly types: readonly EntityType[] | null;
  /** Relationships counted for coherence are those valid on this day ("YYYY-MM-DD"). */
  readonly asOf: string | null;
  readonly knownAt: Date | null;
}

/** A client's `entity` selections beneath `Mention` and `MentionCandidate`, each compiled over the proposed node. */
interface Views {
  readonly list: Compiled<object>[];
  readonly mentionEntity: Array<{ key: string; view: number }>;
  readonly candidates: Array<{ key: string; first: number; entity: Array<{ key: string; view: number }> }>;
}

function compileViews(compile: (selection: TypeSelection) => Compiled<object>, selection: TypeSelection): Views {
  const list: Compiled<object>[] = [];
  const view = (field: FieldSelection) => list.push(compile(field.selection!)) - 1;
  const mentionEntity: Views['mentionEntity'] = [];
  const candidates: Views['candidates'] = [];
  for (const field of fieldsFor(selection, 'Mention')) {
    if (field.name === 'entity' && field.selection !== null) mentionEntity.push({ key: field.key, view: view(field) });
    if (field.name !== 'candidates' || field.selection === null) continue;
    const beneath = fieldsFor(field.selection, 'MentionCandidate');
    candidates.push({
      key: field.key,
      first: withinBounds('first', field.args.first as number | null, BOUNDS.mentionCandidates.max),
      entity: beneath.filter((inner) => inner.name === 'entity' && inner.selection !== null).map((inner) => ({ key: inner.key, view: view(inner) })),
    });
  }
  return { list, mentionEntity, candidates };
}

export class MentionRepository {
  constructor(private readonly runner: CypherRunner) {}

  /**
   * The mentions of `text`, in order, as the `Mention` selection asks: one round trip whatever is
   * selected beneath `entity` and `candidates`.
   */
  async mentions(text: string, selection: TypeSelection, options: MentionOptions): Promise<object[]> {
    const lookups = lookupsOf(text);
    if (lookups.latin.length === 0 && lookups.cjk.length === 0) return [];
    const compiler = newCompiler(options.knownAt);
    const k = compiler.knownAtParam;
    const spellings = compiler.entity('node', SPELLINGS);
    const views = compileViews((inner) => compiler.entity('node', inner), selection);
    const labels = options.types === null || options.types.length === 0 ? null : [...new Set(options.types.map((type) => LABEL_OF_TYPE[type]))];
    const lookup = (index: string, list: string) => `UNWIND ${list} AS q
  CALL (q) {
    CALL db.index.fulltext.queryNodes(${index}, q, {limit: $lookupWindow}) YIELD node, score
    WHERE ${liveEntity('node', k)} AND ($mentionLabels IS NULL OR any(label IN labels(node) WHERE label IN $mentionLabels))
    RETURN node
    LIMIT $perLookup
  }
  RETURN node`;
    const related = `${liveRelationship('r', k)}${options.asOf === null ? '' : ` AND ${asOfPredicate('r', 'mentionAsOf')}`}`;
    // Coherence asks which of the entities named in the text are related. Only entities with a
    // spelling in the text (lower-cased, or folded as the haystack is; a two-word name also reversed)
    // take part, so a lookup's near misses cost nothing; each of them expands its own relationships
    // once, rather than each pair being asked apart (a pair's question costs as much as a whole
    // expansion of a small entity, and an article's candidates make hundreds of thousands of pairs).
    const cypher = `CALL () {
  ${lookup('$latinIndex', '$latinLookups')}
  UNION
  ${lookup('$cjkIndex', '$cjkLookups')}
}
WITH collect(node) AS found
WITH found, [n IN found WHERE any(s IN [n.name] + coalesce(n.aliases, []) WHERE $haystack CONTAINS toLower(s)
  OR (size(split(toLower(s), ' ')) = 2 AND $haystack CONTAINS (split(toLower(s), ' ')[1] + ' ' + split(toLower(s), ' ')[0])))] AS plausible
UNWIND found AS node
RETURN ${spellings.cypher} AS spellings,
  COUNT { (node)--() } AS degree,
  CASE WHEN node IN plausible THEN [(node)-[r]-(m) WHERE m <> node AND m IN plausible AND ${related} | m.id] ELSE [] END AS neighbours,
  [${views.list.map((view) => view.cypher).join(', ')}] AS views`;
    const result = await this.runner.read({
      name: 'mentions.link',
      cypher,
      params: {
        ...compiler.params,
        latinLookups: lookups.latin,
        cjkLookups: lookups.cjk,
        latinIndex: SEARCH_INDEXES.latin,
        cjkIndex: SEARCH_INDEXES.cjk,
        mentionLabels: labels,
        perLookup: int(PER_LOOKUP),
        lookupWindow: int(LOOKUP_WINDOW),
        haystack: `${foldText(text)} ${text.toLowerCase()}`,
        mentionAsOf: options.asOf === null ? null : dateParam(options.asOf),
      },
    });
    const proposed: ProposedEntity[] = [];
    const viewsOf = new Map<string, unknown[]>();
    for (const record of result.records) {
      const entity = spellings.decode(record.get('spellings')) as { id: string; type: EntityType; name: string | null; aliases: string[] } | null;
      if (entity === null) continue;
      proposed.push({
        id: entity.id,
        type: entity.type,
        name: entity.name ?? entity.id,
        aliases: toStringList(entity.aliases),
        degree: toNumber(record.get('degree')),
        neighbours: toStringList(record.get('neighbours')),
      });
      viewsOf.set(entity.id, record.get('views') as unknown[]);
    }
    return linkMentions(text, proposed).map((mention) => this.answer(mention, views, viewsOf));
  }

  /** A linked mention in the shape of the client's selection: planned `entity` and `candidates` by response key. */
  private answer(mention: LinkedMention, views: Views, viewsOf: ReadonlyMap<string, unknown[]>): object {
    const view = (id: string, index: number) => views.list[index].decode(viewsOf.get(id)![index]);
    const planned = plannedFields();
    for (const { key, view: index } of views.mentionEntity) planned[key] = mention.entityId === null ? null : view(mention.entityId, index);
    for (const field of views.candidates) {
      planned[field.key] = mention.candidates.slice(0, field.first).map((candidate) => {
        const entities = plannedFields();
        for (const { key, view: index } of field.entity) entities[key] = view(candidate.id, index);
        return withPlanned({ score: candidate.score, matched: candidate.matched, matchKind: candidate.matchKind }, entities);
      });
    }
    return withPlanned({ start: mention.start, end: mention.end, text: mention.text }, planned);
  }
}
