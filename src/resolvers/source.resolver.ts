import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Person, Source } from '../schema/entity-kinds.type';
import { Direction, RelationshipType } from '../schema/enums';
import { Fact, FactConnection } from '../schema/fact.type';
import { BOUNDS, withinBounds } from '../graph/bounds';
import { pageOf } from '../graph/cursor';
import { factKeyAfter } from '../graph/plan/fields/source';
import { loadEntities } from './load-entities';
import { relatedEntity } from './related';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who wrote it (AUTHORED); null for background knowledge.' })
  author(@Root() source: EntityRecord, @Ctx() context: GraphContext): Promise<EntityRecord | null> {
    return relatedEntity(context, source.id, { types: [RelationshipType.AUTHORED], direction: Direction.INCOMING });
  }

  @FieldResolver(() => FactConnection, {
    description: 'What rests on this source: entities, relationships, and single properties such as dates.',
  })
  async facts(
    @Root() source: EntityRecord,
    @Ctx() { loaders }: GraphContext,
    @Arg('exclusive', { defaultValue: false, description: 'Only facts resting on this source alone.' }) exclusive: boolean,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: `Page size, at most ${BOUNDS.first.max}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the edge to start after.' }) after: string | null,
  ): Promise<FactConnection> {
    withinBounds('first', first, BOUNDS.first.max);
    const key = factKeyAfter(after);
    const page = await loaders.facts.load({ id: source.id, args: { exclusive, after: key === null ? null : String(key[0]), first } });
    return pageOf('facts', page.facts, key, first, (fact) => [fact.key], page.totalCount, (fact, cursor) => ({ cursor, node: fact })) as unknown as FactConnection;
  }
}

@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The entity, for ENTITY and ENTITY_PROPERTY facts.' })
  entity(@Root() fact: Fact, @Ctx() { loaders }: GraphContext): Promise<EntityRecord | null> {
    return fact.entityId === null ? Promise.resolve(null) : loaders.entity.load(fact.entityId);
  }

  @FieldResolver(() => [Source], { description: 'Every source of this fact.' })
  sources(@Root() fact: Fact, @Ctx() context: GraphContext): Promise<EntityRecord[]> {
    return loadEntities(context, fact.sourceIds);
  }
}
