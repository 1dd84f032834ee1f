import 'reflect-metadata';
import { isInterfaceType, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { EntityQueryResolver } from '../resolvers/entity-query.resolver';
import { EntityResolver } from '../resolvers/entity.resolver';
import { RelationshipResolver } from '../resolvers/relationship.resolver';
import { CountryResolver } from '../resolvers/country.resolver';
import { EventResolver } from '../resolvers/event.resolver';
import { OrganizationResolver } from '../resolvers/organization.resolver';
import { PersonResolver } from '../resolvers/person.resolver';
import { ProductResolver, TopicResolver } from '../resolvers/product-topic.resolver';
import { SourceResolver } from '../resolvers/source.resolver';
import { TimelineResolver } from '../resolvers/timeline.resolver';
import { SearchResolver } from '../resolvers/search.resolver';
import { MentionResolver } from '../resolvers/mention.resolver';
import { TraversalResolver } from '../resolvers/traversal.resolver';
import { StatsResolver } from '../resolvers/stats.resolver';
import { CurationResolver } from '../resolvers/curation.resolver';
import { EntityHistoryResolver, HistoryQueryResolver, RelationshipHistoryResolver, RevisionResolver } from '../resolvers/history.resolver';
import { LiveResolver } from '../resolvers/live.resolver';
import { ENTITY_KINDS } from './entity-kinds.type';
import { resolveEntityType } from './entity.interface';
import { answerFromPlans } from '../graph/plan/planned';

const UNUSED_PUB_SUB = {
  publish: (): void => undefined,
  subscribe: (): AsyncIterable<unknown> => {
    throw new Error('no subscription of this schema uses a pub/sub topic');
  },
};

/**
 * The GraphQL schema, built in this one place. The emitted SDL is committed as
 * `schema/schema.graphql` so every change to the API shows in review.
 */
export function buildGraphSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: [
      EntityQueryResolver,
      EntityResolver,
      RelationshipResolver,
      PersonResolver,
      OrganizationResolver,
      CountryResolver,
      EventResolver,
      ProductResolver,
      TopicResolver,
      SourceResolver,
      TimelineResolver,
      SearchResolver,
      MentionResolver,
      TraversalResolver,
      StatsResolver,
      CurationResolver,
      HistoryQueryResolver,
      RevisionResolver,
      EntityHistoryResolver,
      RelationshipHistoryResolver,
      LiveResolver,
    ],
    orphanedTypes: [...ENTITY_KINDS],
    // Inputs are checked by our own bounds with clear messages; class-validator stays off for speed.
    validate: false,
    // Every subscription brings its own `subscribe` (the feed follower); type-graphql still asks for
    // a pub/sub, which nothing uses.
    pubSub: UNUSED_PUB_SUB,
  });
  const query = schema.getQueryType();
  if (query) query.description = 'Questions to the knowledge graph. Every fact returned carries its sources.';
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = 'The change feed and entities, followed live over WebSocket (graphql-transport-ws, at the GraphQL path).';
  if (mutation) mutation.description = 'Curation: authenticated writes of facts that cite their sources, versioned, each recorded as a revision.';
  // type-graphql wraps every resolveType in an async function. The kind of an entity is known at once,
  // so it is answered synchronously: graphql-js completes an entity without a promise, and
  // graphql-jit, which needs a synchronous resolveType, can compile every operation.
  const entity = schema.getType('Entity');
  if (isInterfaceType(entity)) entity.resolveType = resolveEntityType;
  // Root fields plan the whole selection into one query; every field beneath returns what it brought.
  return answerFromPlans(schema);
}
