import type { CypherRunner } from './cypher-runner';
import { EntityRepository } from './entity.repository';

/** Every repository of a request, sharing that request's runner (and so its round-trip count). */
export interface Repositories {
  entities: EntityRepository;
}

export function createRepositories(runner: CypherRunner): Repositories {
  return {
    entities: new EntityRepository(runner),
  };
}
