import type { Driver, Integer } from 'neo4j-driver';
import type { CypherQuery, CypherRunner, WriteTransaction } from '../../src/graph/cypher-runner';
import { revisionQuery } from '../../src/graph/history.repository';
import { plannedValue } from '../../src/graph/plan/planned';
import { LOADED_IDS_PER_NODE, recordSeedRevision } from '../../src/graph/write/seed-revision';
import { BOUNDS } from '../../src/graph/bounds';
import { selectionOfQuery } from '../support/plan-of';
import { testDriver } from '../support/test-server';

type Change = { targetKind: string; targetId: string | null; op: string; field: string };

/*
 * A seed load's `Revision.changes` as the planner's own query reads them from the `LoadedIds` nodes
 * that the seed loader's own writer made. Each load is written and read in one transaction of the
 * shared database that is then rolled back: no other test ever sees it.
 */
describe("A seed load's changes, read from its LoadedIds nodes", () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  /** Records a seed revision naming these ids, reads its first `first` changes, then forgets both. */
  async function loadAndRead(ids: { entityIds: string[]; relationshipIds: string[] }, first: number): Promise<{ nodes: number; changes: Change[] }> {
    const session = driver.session();
    const tx = await session.beginTransaction();
    try {
      const inTx: WriteTransaction = { run: (query: CypherQuery) => tx.run(query.cypher, query.params) };
      const runner = { writeTransaction: (_name: string, work: (t: WriteTransaction) => Promise<unknown>) => work(inTx) } as unknown as CypherRunner;
      await recordSeedRevision(runner, ids);
      const seq: number = (await tx.run<{ seq: Integer }>("MATCH (s:RevisionSequence {name: 'revisions'}) RETURN s.last AS seq")).records[0].get('seq').toNumber();
      const nodes: number = (await tx.run<{ n: Integer }>('MATCH (:Revision {seq: $seq})-[:LOADED]->(c:LoadedIds) RETURN count(c) AS n', { seq })).records[0].get('n').toNumber();
      const planned = revisionQuery(seq, selectionOfQuery(`{ revision(seq: ${seq}) { changes(first: ${first}) { targetKind targetId op field } } }`));
      const revision = planned.decode(await tx.run(planned.query.cypher, planned.query.params));
      if (revision === null) throw new Error(`revision ${seq} was not found in its own transaction`);
      // As the resolvers read it: the planned value of the field, by its response key.
      const changes = plannedValue(revision, 'changes') as Change[];
      return { nodes, changes: changes.map(({ targetKind, targetId, op, field }) => ({ targetKind, targetId, op, field })) };
    } finally {
      await tx.rollback();
      await session.close();
    }
  }

  // The worst case for "the first two nodes": the first node ends the entities early, and the page
  // goes on into the relationships of the second. With nodes smaller than a page, it would need a third.
  it.each([
    ['one entity', 1],
    [`${BOUNDS.first.max - 1} entities`, BOUNDS.first.max - 1],
  ])(
    "finds a seed load's largest page of changes in its first two LoadedIds nodes, %s first: no page holds more ids than one node",
    async (_, entityCount) => {
      const entityIds = Array.from({ length: entityCount }, (_, i) => `changes-test-entity-${i}`);
      const relationshipIds = Array.from({ length: LOADED_IDS_PER_NODE + BOUNDS.first.max }, (_, i) => `changes-test-${i}:MEMBER_OF:changes-test-org`);
      const { nodes, changes } = await loadAndRead({ entityIds, relationshipIds }, BOUNDS.first.max);
      // One node of entities, then the relationships over two more.
      expect(nodes).toBe(3);
      expect(changes).toEqual([
        ...entityIds.map((targetId) => ({ targetKind: 'ENTITY', targetId, op: 'LOAD', field: 'loaded' })),
        ...relationshipIds.slice(0, BOUNDS.first.max - entityCount).map((targetId) => ({ targetKind: 'RELATIONSHIP', targetId, op: 'LOAD', field: 'loaded' })),
      ]);
      expect(changes).toHaveLength(BOUNDS.first.max);
    },
  );
});
