import { Arg, Ctx, ID, Info, Int, Mutation, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { WriteRole } from '../auth/roles';
import type { GraphContext } from '../context';
import type { EntityRecord, RelationshipRecord } from '../graph/records';
import { validEntityInput, validRelationshipInput, validSourceInput } from '../graph/write/curation-operations';
import { AssertRelationshipInput, ChangesetInput, CreateEntityInput, CreateSourceInput, UpdateEntityInput, UpdateRelationshipInput } from '../schema/curation-inputs';
import { ChangesetResult } from '../schema/curation-results.type';
import { Source } from '../schema/entity-kinds.type';
import { Entity } from '../schema/entity.interface';
import { Relationship } from '../schema/relationship.type';
import { performWrite } from './perform-write';

/** Plain data of an input object: what the rules and the idempotency hash read. */
const plain = (input: object): Record<string, unknown> => ({ ...input });

/**
 * Curation: the mutations. Thin: each checks its input with the rule set and hands it to the write
 * side (src/graph/write/) through performWrite, which authenticates and records the outcome.
 */
@Resolver()
export class CurationResolver {
  @Mutation(() => Source, { description: 'Adds a source (editor). An existing id: ALREADY_EXISTS.' })
  async createSource(@Arg('input', { description: 'The source.' }) input: CreateSourceInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<EntityRecord> {
    const outcome = await performWrite(context, info, WriteRole.EDITOR, { input }, null, (meta) =>
      context.curation.createSource(meta, { source: validSourceInput('input', plain(input) as never), author: input.author ?? null }),
    );
    return outcome.value;
  }

  @Mutation(() => Entity, { description: 'Adds an entity citing its sources (editor).' })
  async createEntity(@Arg('input', { description: 'The entity and its sources.' }) input: CreateEntityInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<EntityRecord> {
    const outcome = await performWrite(context, info, WriteRole.EDITOR, { input }, null, (meta) =>
      context.curation.createEntity(meta, validEntityInput('input', plain(input))),
    );
    return outcome.value;
  }

  @Mutation(() => Entity, { description: 'Changes an entity at `expectedVersion` (else VERSION_CONFLICT), citing the sources of the change (editor).' })
  async updateEntity(
    @Arg('id', () => ID, { description: 'The entity to change.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version the change was made against.' }) expectedVersion: number,
    @Arg('input', { description: 'The properties to change.' }) input: UpdateEntityInput,
    @Arg('sources', () => [ID], { description: 'Sources of the change; at least one; added to the entity\'s.' }) sources: string[],
    @Arg('reason', () => String, { nullable: true, description: 'Why: recorded in the revision.' }) reason: string | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord> {
    const outcome = await performWrite(context, info, WriteRole.EDITOR, { id, expectedVersion, input, sources, reason }, reason ?? null, (meta) =>
      context.curation.updateEntity(meta, id, expectedVersion, plain(input), sources),
    );
    return outcome.value;
  }

  @Mutation(() => Relationship, { description: 'Asserts a relationship citing its sources (editor); one that exists gains the sources instead.' })
  async assertRelationship(@Arg('input', { description: 'The relationship and its sources.' }) input: AssertRelationshipInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<RelationshipRecord> {
    const outcome = await performWrite(context, info, WriteRole.EDITOR, { input }, null, (meta) =>
      context.curation.assertRelationship(meta, validRelationshipInput('input', plain(input))),
    );
    return outcome.value;
  }

  @Mutation(() => Relationship, { description: 'Corrects a relationship\'s title, role or dates at `expectedVersion` (else VERSION_CONFLICT), citing the sources of the correction (editor). A retracted one is NOT_FOUND: assert it again to restore it.' })
  async updateRelationship(
    @Arg('id', () => ID, { description: 'The relationship to correct.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version the correction was made against.' }) expectedVersion: number,
    @Arg('input', { description: 'The properties to change.' }) input: UpdateRelationshipInput,
    @Arg('sources', () => [ID], { description: 'Sources of the correction; at least one; added to the relationship\'s.' }) sources: string[],
    @Arg('reason', () => String, { nullable: true, description: 'Why: recorded in the revision.' }) reason: string | null,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationshipRecord> {
    const outcome = await performWrite(context, info, WriteRole.EDITOR, { id, expectedVersion, input, sources, reason }, reason ?? null, (meta) =>
      context.curation.updateRelationship(meta, id, expectedVersion, plain(input), sources),
    );
    return outcome.value;
  }

  @Mutation(() => Relationship, { description: 'Retracts a relationship at `expectedVersion` (editor): gone from every read, never deleted.' })
  async retractRelationship(
    @Arg('id', () => ID, { description: 'The id.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version the retraction was decided against.' }) expectedVersion: number,
    @Arg('reason', { description: 'Why: recorded in the revision.' }) reason: string,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RelationshipRecord> {
    const outcome = await performWrite(context, info, WriteRole.EDITOR, { id, expectedVersion, reason }, reason, (meta) =>
      context.curation.retractRelationship(meta, id, expectedVersion),
    );
    return outcome.value;
  }

  @Mutation(() => Entity, { description: 'Retracts an entity and its relationships at `expectedVersion` (editor): gone from every read, never deleted.' })
  async retractEntity(
    @Arg('id', () => ID, { description: 'The id.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The version the retraction was decided against.' }) expectedVersion: number,
    @Arg('reason', { description: 'Why: recorded in the revision.' }) reason: string,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord> {
    const outcome = await performWrite(context, info, WriteRole.EDITOR, { id, expectedVersion, reason }, reason, (meta) =>
      context.curation.retractEntity(meta, id, expectedVersion),
    );
    return outcome.value;
  }

  @Mutation(() => ChangesetResult, { description: 'Sources, entities and relationships in ONE transaction: all of them or none (editor).' })
  async applyChangeset(@Arg('input', { description: 'Everything to write, with the reason.' }) input: ChangesetInput, @Ctx() context: GraphContext, @Info() info: GraphQLResolveInfo): Promise<ChangesetResult> {
    const outcome = await performWrite(context, info, WriteRole.EDITOR, { input }, input.reason ?? null, (meta) =>
      context.curation.applyChangeset(meta, {
        sources: input.sources.map((source, i) => ({ source: validSourceInput(`input.sources[${i}]`, plain(source) as never), author: source.author ?? null })),
        entities: input.entities.map((entity, i) => validEntityInput(`input.entities[${i}]`, plain(entity))),
        relationships: input.relationships.map((rel, i) => validRelationshipInput(`input.relationships[${i}]`, plain(rel))),
      }),
    );
    return { ...outcome.value, revision: outcome.revision } as unknown as ChangesetResult;
  }

  @Mutation(() => Boolean, { description: "Erases an entity's content for a legal reason (admin): a revision says it happened, nothing says what was there." })
  async eraseEntity(
    @Arg('id', () => ID, { description: 'The entity to erase.' }) id: string,
    @Arg('reason', { description: 'The legal ground: recorded in the revision.' }) reason: string,
    @Ctx() context: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<boolean> {
    const outcome = await performWrite(context, info, WriteRole.ADMIN, { id, reason }, reason, (meta) => context.curation.eraseEntity(meta, id));
    return outcome.value;
  }
}
