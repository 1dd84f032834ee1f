import { Args, Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Country, Event, Organization, Person, Product } from '../schema/entity-kinds.type';
import { Direction, EntityType, RelationshipType } from '../schema/enums';
import { Position } from '../schema/typed-fields.type';
import { isoDay } from '../graph/bounds';
import { positionsOf } from './positions';
import { firstOf, relatedEntities, relatedEntity } from './related';
import { TypedListArgs } from './typed-list.args';

const { OUTGOING, INCOMING } = Direction;
const { EVENT } = EntityType;

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Position], { description: 'People holding positions in it, with title and dates.' })
  people(
    @Root() organization: EntityRecord,
    @Ctx() context: GraphContext,
    @Args() list: TypedListArgs,
    @Arg('asOf', () => GraphQLDate, { nullable: true, description: 'Only positions held on this day.' }) asOf: Date | null,
  ): Promise<Position[]> {
    return firstOf(list, (evidence) => positionsOf(context, organization.id, INCOMING, isoDay(asOf), evidence));
  }

  @FieldResolver(() => [Product], { description: 'Products it develops (DEVELOPS).' })
  products(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, organization.id, { types: [RelationshipType.DEVELOPS], direction: OUTGOING, ...evidence }));
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Where it is based (BASED_IN); null for bodies based nowhere.' })
  country(@Root() organization: EntityRecord, @Ctx() context: GraphContext): Promise<EntityRecord | null> {
    return relatedEntity(context, organization.id, { types: [RelationshipType.BASED_IN], direction: OUTGOING }, [EntityType.COUNTRY]);
  }

  @FieldResolver(() => [Event], { description: 'Measures it imposed, such as bans (IMPOSED).' })
  eventsImposed(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, organization.id, { types: [RelationshipType.IMPOSED], direction: OUTGOING, ...evidence }, [EVENT]));
  }

  @FieldResolver(() => [Event], { description: 'Events it organized or hosted (ORGANIZED, HOSTED).' })
  eventsOrganized(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, async (evidence) => {
      const types = [RelationshipType.ORGANIZED, RelationshipType.HOSTED];
      return relatedEntities(context, organization.id, { types, direction: OUTGOING, ...evidence }, [EVENT]);
    });
  }

  @FieldResolver(() => [Event], { description: 'Events aimed at it: measures targeting it, letters addressed to it.' })
  eventsAimedAt(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, async (evidence) => {
      const types = [RelationshipType.TARGETS, RelationshipType.ADDRESSED_TO];
      return relatedEntities(context, organization.id, { types, direction: INCOMING, ...evidence }, [EVENT]);
    });
  }

  @FieldResolver(() => [Person], { description: 'Its co-founders (CO_FOUNDED).' })
  founders(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, organization.id, { types: [RelationshipType.CO_FOUNDED], direction: INCOMING, ...evidence }));
  }

  @FieldResolver(() => [Entity], { description: 'Its members, such as the countries of the G7 (MEMBER_OF).' })
  members(@Root() organization: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, organization.id, { types: [RelationshipType.MEMBER_OF], direction: INCOMING, ...evidence }));
  }
}
