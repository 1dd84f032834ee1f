import type { CypherRunner } from './cypher-runner';
import { EntityListRepository } from './entity-list.repository';
import { EntityRepository } from './entity.repository';
import { TraversalRepository } from './traversal.repository';
import { TimelineRepository } from './timeline.repository';
import { SearchRepository } from './search.repository';
import { MentionRepository } from './mention.repository';
import { StatsRepository } from './stats.repository';
import { HistoryRepository } from './history.repository';

/** Every repository of a request, sharing that request's runner (and so its round-trip count). */
export interface Repositories {
  entities: EntityRepository;
  traversal: TraversalRepository;
  entityList: EntityListRepository;
  timeline: TimelineRepository;
  search: SearchRepository;
  mentions: MentionRepository;
  stats: StatsRepository;
  history: HistoryRepository;
}

export function createRepositories(runner: CypherRunner): Repositories {
  return {
    entities: new EntityRepository(runner),
    traversal: new TraversalRepository(runner),
    entityList: new EntityListRepository(runner),
    timeline: new TimelineRepository(runner),
    search: new SearchRepository(runner),
    mentions: new MentionRepository(runner),
    stats: new StatsRepository(runner),
    history: new HistoryRepository(runner),
  };
}
