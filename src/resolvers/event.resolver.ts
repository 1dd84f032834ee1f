import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Country, Event, Topic } from '../schema/entity-kinds.type';
import { Direction, EntityType, RelationshipType } from '../schema/enums';
import { Participant } from '../schema/typed-fields.type';
import { firstOf, relatedEdges, relatedEntities, relatedEntity, type RelatedQuery } from './related';
import { TypedListArgs } from './typed-list.args';

const { OUTGOING, INCOMING } = Direction;
const out = (type: RelationshipType): RelatedQuery => ({ types: [type], direction: OUTGOING });
const into = (...types: RelationshipType[]): RelatedQuery => ({ types, direction: INCOMING });

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => [Participant], { description: 'Who took part (PARTICIPATED_IN), and in what role.' })
  participants(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<Participant[]> {
    return firstOf(list, async (evidence) => {
      const edges = await relatedEdges(context, event.id, { ...into(RelationshipType.PARTICIPATED_IN), ...evidence });
      return edges.map(({ relationship, otherId }) => ({ role: relationship.role, relationship, entityId: otherId })) as unknown as Participant[];
    });
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Where it took place (HELD_IN); null when nowhere in particular.' })
  location(@Root() event: EntityRecord, @Ctx() context: GraphContext): Promise<EntityRecord | null> {
    return relatedEntity(context, event.id, out(RelationshipType.HELD_IN));
  }

  @FieldResolver(() => [Topic], { description: 'The topics it concerns (CONCERNS, topics only).' })
  topics(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...out(RelationshipType.CONCERNS), ...evidence }, [EntityType.TOPIC]));
  }

  @FieldResolver(() => [Entity], { description: 'Everything it concerns: topics, products, organizations (CONCERNS).' })
  concerns(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...out(RelationshipType.CONCERNS), ...evidence }));
  }

  @FieldResolver(() => [Event], { description: 'Events that led to this one (LED_TO, incoming).' })
  causes(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...into(RelationshipType.LED_TO), ...evidence }));
  }

  @FieldResolver(() => [Event], { description: 'Events this one led to (LED_TO, outgoing).' })
  consequences(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...out(RelationshipType.LED_TO), ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'Whom it was addressed to, such as a regulator (ADDRESSED_TO).' })
  addressedTo(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...out(RelationshipType.ADDRESSED_TO), ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'What it targeted, such as a company or product (TARGETS).' })
  targets(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...out(RelationshipType.TARGETS), ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'What it affected, such as a product hit by a breach (AFFECTED).' })
  affected(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...out(RelationshipType.AFFECTED), ...evidence }));
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Who organized it (ORGANIZED).' })
  organizer(@Root() event: EntityRecord, @Ctx() context: GraphContext): Promise<EntityRecord | null> {
    return relatedEntity(context, event.id, into(RelationshipType.ORGANIZED));
  }

  @FieldResolver(() => [Entity], { description: 'Who hosted it (HOSTED).' })
  hosts(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...into(RelationshipType.HOSTED), ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'Who made this statement or announcement (STATED).' })
  statedBy(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...into(RelationshipType.STATED), ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'Who signed it, for open letters (SIGNED).' })
  signedBy(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...into(RelationshipType.SIGNED), ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'Who imposed it, for bans and measures (IMPOSED).' })
  imposedBy(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...into(RelationshipType.IMPOSED), ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'What it refers to, such as an earlier event (REFERS_TO).' })
  refersTo(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...out(RelationshipType.REFERS_TO), ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'What refers to it (REFERS_TO, incoming).' })
  referredToBy(@Root() event: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, event.id, { ...into(RelationshipType.REFERS_TO), ...evidence }));
  }
}
