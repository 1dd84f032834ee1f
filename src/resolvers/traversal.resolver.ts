import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { KNOWN_AT } from './descriptions';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { selectionOfField } from '../graph/plan/selection';
import { followedTypes } from '../graph/relationship-filter';
import type { PathSearch } from '../graph/traversal.repository';
import { badUserInput, notFound } from '../errors';
import { RelationshipType } from '../schema/enums';
import { Path, Subgraph } from '../schema/graph-shapes.type';
import { BOUNDS, isoDay, withinBounds } from '../graph/bounds';
import { evidenceOf } from '../graph/evidence';
import { MIN_SOURCES, SOURCES } from './descriptions';

const TYPES = 'Relationship types to follow, in either direction. Left out: every type except the provenance edges MENTIONED_IN and AUTHORED.';
const AS_OF = 'Follow only relationships valid on this day (open ends count as valid). Left out: all of them.';

/** An empty list would follow nothing: refused as a mistake rather than answered with the centre alone. */
function checkTypes(types: RelationshipType[] | null | undefined): RelationshipType[] {
  if (types !== null && types !== undefined && types.length === 0) {
    throw badUserInput('types', 'must name at least one relationship type, or be left out');
  }
  return followedTypes(types);
}

function endsFound(search: PathSearch, from: string, to: string): object[] {
  if (search.missing.includes('from')) throw notFound('Entity', from);
  if (search.missing.includes('to')) throw notFound('Entity', to);
  return search.paths;
}

/*
 * Arguments as @ArgsType classes rather than @Arg parameters: type-graphql lists @Arg parameters in
 * reverse, and these keep the contract's order in the SDL (id, depth, types, limit, asOf).
 */
@ArgsType()
class NeighborhoodArgs {
  @Field(() => ID, { description: 'The entity at the centre, e.g. "sam-altman".' })
  id!: string;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: `How many relationships away to go: 1 to ${BOUNDS.neighborhoodDepth.max}.` })
  depth!: number | null;

  @Field(() => [RelationshipType], { nullable: true, description: TYPES })
  types!: RelationshipType[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 100, description: `Most entities returned, the centre included: 1 to ${BOUNDS.neighborhoodLimit.max}. Nearest first, then by name; \`truncated\` tells when it cut.` })
  limit!: number | null;

  @Field(() => GraphQLDate, { nullable: true, description: AS_OF })
  asOf!: Date | null;

  @Field(() => Int, { nullable: true, description: MIN_SOURCES })
  minSources!: number | null;

  @Field(() => [ID], { nullable: true, description: SOURCES })
  sources!: string[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: KNOWN_AT })
  knownAt!: Date | null;
}

@ArgsType()
class ShortestPathArgs {
  @Field(() => ID, { description: 'Where the path starts.' })
  from!: string;

  @Field(() => ID, { description: 'Where the path ends; equal to `from` gives a path of length 0.' })
  to!: string;

  @Field(() => Int, { nullable: true, defaultValue: 6, description: `Most relationships on the path: 1 to ${BOUNDS.shortestPathMaxHops.max}.` })
  maxHops!: number | null;

  @Field(() => [RelationshipType], { nullable: true, description: TYPES })
  types!: RelationshipType[] | null;

  @Field(() => GraphQLDate, { nullable: true, description: AS_OF })
  asOf!: Date | null;

  @Field(() => Int, { nullable: true, description: MIN_SOURCES })
  minSources!: number | null;

  @Field(() => [ID], { nullable: true, description: SOURCES })
  sources!: string[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: KNOWN_AT })
  knownAt!: Date | null;
}

@ArgsType()
class PathsArgs {
  @Field(() => ID, { description: 'Where the paths start.' })
  from!: string;

  @Field(() => ID, { description: 'Where the paths end.' })
  to!: string;

  @Field(() => Int, { nullable: true, defaultValue: 4, description: `Most relationships on a path: 1 to ${BOUNDS.pathsMaxHops.max}.` })
  maxHops!: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: `Most paths returned: 1 to ${BOUNDS.first.max}.` })
  first!: number | null;

  @Field(() => [RelationshipType], { nullable: true, description: TYPES })
  types!: RelationshipType[] | null;

  @Field(() => GraphQLDate, { nullable: true, description: AS_OF })
  asOf!: Date | null;

  @Field(() => Int, { nullable: true, description: MIN_SOURCES })
  minSources!: number | null;

  @Field(() => [ID], { nullable: true, description: SOURCES })
  sources!: string[] | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: KNOWN_AT })
  knownAt!: Date | null;
}

/**
 * Neighbourhoods and paths between entities. Bounds are checked here, before any Cypher runs; an
 * explicit null for a sizing argument takes its default, as a client sending `depth: null` expects.
 */
@Resolver()
export class TraversalResolver {
  @Query(() => Subgraph, { description: 'The entities within `depth` relationships of one entity, and the relationships among them.' })
  async neighborhood(@Args() { id, depth, types, limit, asOf, knownAt, ...evidence }: NeighborhoodArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<object> {
    const subgraph = await context.repositories.traversal.neighborhood({
      id,
      depth: withinBounds('depth', depth ?? 1, BOUNDS.neighborhoodDepth.max),
      limit: withinBounds('limit', limit ?? 100, BOUNDS.neighborhoodLimit.max),
      types: checkTypes(types),
      asOf: isoDay(asOf),
      ...evidenceOf(evidence),
      knownAt: knownAt ?? null,
    }, selectionOfField(info));
    if (subgraph === null) throw notFound('Entity', id);
    return subgraph;
  }

  @Query(() => Path, { nullable: true, description: 'A shortest chain of relationships between two entities, either way along each; null when there is none within `maxHops`.' })
  async shortestPath(@Args() { from, to, maxHops, types, asOf, knownAt, ...evidence }: ShortestPathArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<object | null> {
    const search = await context.repositories.traversal.shortestPath({
      from,
      to,
      maxHops: withinBounds('maxHops', maxHops ?? 6, BOUNDS.shortestPathMaxHops.max),
      types: checkTypes(types),
      asOf: isoDay(asOf),
      ...evidenceOf(evidence),
      knownAt: knownAt ?? null,
    }, selectionOfField(info));
    const [path] = endsFound(search, from, to);
    return path ?? null;
  }

  @Query(() => [Path], { description: 'Distinct paths without repeated entities between two entities, shortest first.' })
  async paths(@Args() { from, to, maxHops, first, types, asOf, knownAt, ...evidence }: PathsArgs, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<object[]> {
    const search = await context.repositories.traversal.paths({
      from,
      to,
      maxHops: withinBounds('maxHops', maxHops ?? 4, BOUNDS.pathsMaxHops.max),
      first: withinBounds('first', first ?? 10, BOUNDS.first.max),
      types: checkTypes(types),
      asOf: isoDay(asOf),
      ...evidenceOf(evidence),
      knownAt: knownAt ?? null,
    }, selectionOfField(info));
    return endsFound(search, from, to);
  }
}
