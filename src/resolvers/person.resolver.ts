import { Args, Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Encounter, Position } from '../schema/typed-fields.type';
import { Event, Organization, Person } from '../schema/entity-kinds.type';
import { Direction, EntityType, EventCategory, RelationshipType } from '../schema/enums';
import { isoDay } from '../graph/bounds';
import { positionsOf } from './positions';
import { firstOf, inCategories, relatedEdges, relatedEntities } from './related';
import { TypedListArgs } from './typed-list.args';
import { loadEntities } from './load-entities';

const { OUTGOING, INCOMING } = Direction;

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position], { description: 'Positions held, with title and dates (HOLDS_POSITION).' })
  positions(
    @Root() person: EntityRecord,
    @Ctx() context: GraphContext,
    @Args() list: TypedListArgs,
    @Arg('asOf', () => GraphQLDate, { nullable: true, description: 'Only positions held on this day.' }) asOf: Date | null,
  ): Promise<Position[]> {
    return firstOf(list, (evidence) => positionsOf(context, person.id, OUTGOING, isoDay(asOf), evidence));
  }

  @FieldResolver(() => [Event], {
    description: 'Events the person took part in, spoke at (STATED) or signed, oldest first.',
  })
  events(
    @Root() person: EntityRecord,
    @Ctx() context: GraphContext,
    @Args() list: TypedListArgs,
    @Arg('categories', () => [EventCategory], { nullable: true, description: 'Only events of these categories.' })
    categories: EventCategory[] | null,
  ): Promise<EntityRecord[]> {
    return firstOf(list, async (evidence) => {
      const types = [RelationshipType.PARTICIPATED_IN, RelationshipType.STATED, RelationshipType.SIGNED];
      const events = await relatedEntities(context, person.id, { types, direction: OUTGOING, ...evidence }, [EntityType.EVENT]);
      return inCategories(events, categories);
    });
  }

  @FieldResolver(() => [Encounter], {
    description: 'People who took part in the same MEETING events as this person, with those meetings.',
  })
  metWith(@Root() person: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<Encounter[]> {
    return firstOf(list, async (evidence) => {
      const attended = await relatedEntities(context, person.id, { types: [RelationshipType.PARTICIPATED_IN], direction: OUTGOING, ...evidence }, [EntityType.EVENT]);
      const meetings = attended.filter((event) => event.category === EventCategory.MEETING);
      const encounters = new Map<string, EntityRecord[]>();
      await Promise.all(
        meetings.map(async (meeting) => {
          const edges = await relatedEdges(context, meeting.id, { types: [RelationshipType.PARTICIPATED_IN], direction: INCOMING, ...evidence });
          for (const { otherId } of edges) {
            if (otherId !== person.id) encounters.set(otherId, [...(encounters.get(otherId) ?? []), meeting]);
          }
        }),
      );
      const people = (await loadEntities(context, [...encounters.keys()])).filter((other) => other.type === EntityType.PERSON);
      return people.map((other) => ({ person: other, meetings: encounters.get(other.id) ?? [] }) as unknown as Encounter);
    });
  }

  @FieldResolver(() => [Event], { description: 'Statements the person made (STATED).' })
  statements(@Root() person: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, (evidence) => relatedEntities(context, person.id, { types: [RelationshipType.STATED], direction: OUTGOING, ...evidence }, [EntityType.EVENT]));
  }

  @FieldResolver(() => [Organization], {
    description: 'Organizations the person holds a position in, co-founded or is a member of.',
  })
  organizations(@Root() person: EntityRecord, @Ctx() context: GraphContext, @Args() list: TypedListArgs): Promise<EntityRecord[]> {
    return firstOf(list, async (evidence) => {
      const types = [RelationshipType.HOLDS_POSITION, RelationshipType.CO_FOUNDED, RelationshipType.MEMBER_OF];
      return relatedEntities(context, person.id, { types, direction: OUTGOING, ...evidence }, [EntityType.ORGANIZATION]);
    });
  }
}
