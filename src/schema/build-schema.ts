import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { EntityQueryResolver } from '../resolvers/entity-query.resolver';
import { EntityResolver } from '../resolvers/entity.resolver';
import { ENTITY_KINDS } from './entity-kinds.type';

/**
 * The GraphQL schema, built in this one place. The emitted SDL is committed as
 * `schema/schema.graphql` so every change to the API shows in review.
 */
export function buildGraphSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [EntityQueryResolver, EntityResolver],
    orphanedTypes: [...ENTITY_KINDS],
    // Inputs are checked by our own bounds with clear messages; class-validator stays off for speed.
    validate: false,
  });
}
