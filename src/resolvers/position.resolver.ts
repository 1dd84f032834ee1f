import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphContext } from '../context';
import type { EntityRecord } from '../graph/records';
import { Entity } from '../schema/entity.interface';
import { Participant, Position } from '../schema/typed-fields.type';
import { loadEntity } from './load-entities';

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => Entity, { description: 'The organization (usually an Organization).' })
  organization(@Root() position: Position, @Ctx() context: GraphContext): Promise<EntityRecord> {
    return loadEntity(context, position.organizationId);
  }

  @FieldResolver(() => Entity, { description: 'The person holding the position.' })
  person(@Root() position: Position, @Ctx() context: GraphContext): Promise<EntityRecord> {
    return loadEntity(context, position.personId);
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Entity, { description: 'Who or what took part.' })
  entity(@Root() participant: Participant, @Ctx() context: GraphContext): Promise<EntityRecord> {
    return loadEntity(context, participant.entityId);
  }
}
