import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema, mergeSchemas } from '@graphql-tools/schema';
import { getNamedType, isCompositeType, isInterfaceType, isNonNullType, isObjectType, type GraphQLField, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createCompiledExecution, createKnowledgeGraph, type GraphContext, type KnowledgeGraph } from '../../src';
import { removeCurationTestData, TEST_ID_PREFIX } from '../support/curation-fixtures';
import { testDriver } from '../support/test-server';
import { bearer, TEST_AUTH } from '../support/tokens';

/*
 * One read path: every non-leaf field of the graph's types gives the same answer whether a root field
 * of ours planned its parent or the parent came from somewhere else (a host's field, a mutation's
 * payload) and the field continued the plan over it. The table is made from the schema itself, so a
 * field added later is checked too.
 */

const KINDS = ['Person', 'Organization', 'Country', 'Event', 'Product', 'Topic', 'Source'] as const;

type Result = { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>; roundTrips: number };

/** The fields to check on a type: those that are not plain properties (a selection beneath, or arguments). */
function plannedFields(schema: GraphQLSchema, typeName: string): Array<GraphQLField<unknown, unknown>> {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is no object type`);
  return Object.values(type.getFields()).filter((field) => isCompositeType(getNamedType(field.type)) || field.args.length > 0);
}

/**
 * A selection of `type` that reaches every kind of value beneath it: every leaf, the value objects
 * (edges, positions, page info, relationships) `depth` levels down, and each entity by its id and name.
 */
function selectionOf(type: GraphQLNamedType, depth: number): string {
  if (!isCompositeType(type)) return '';
  if (isInterfaceType(type) || KINDS.includes(type.name as (typeof KINDS)[number])) return '{ __typename id name }';
  if (!isObjectType(type)) return '{ __typename }';
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    // A field with a required argument needs a value we cannot choose here; history is checked at the top level.
    if (field.args.some((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined) || field.name === 'history') continue;
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name} ${selectionOf(named, depth - 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** True when an answer holds nothing: null, an empty list, or an empty page. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'edges' in value) return (value as { edges: unknown[] }).edges.length === 0;
  return false;
}

describe('One read path: every field answers alike, planned from a root or continued from an unplanned parent', () => {
  let driver: Driver;
  let kg: KnowledgeGraph;
  let apollo: ApolloServer<GraphContext>;
  let editor: string;

  const run = async (query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<Result> => {
    const context = kg.createContext({ authorization });
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data, errors, roundTrips: context.roundTrips.count };
  };

  beforeAll(async () => {
    driver = testDriver();
    kg = await createKnowledgeGraph({ driver, auth: TEST_AUTH, compileAfter: 0 });
    // A host field that returns our entities without planning them: everything beneath continues.
    const host = makeExecutableSchema<GraphContext>({
      typeDefs: 'interface Entity { id: ID! } type Query { hosted(ids: [ID!]!): [Entity!]! }',
      resolvers: { Query: { hosted: (_root, args: { ids: string[] }, context) => kg.entitiesById(context, args.ids) } },
    });
    apollo = new ApolloServer<GraphContext>({ gateway: createCompiledExecution(mergeSchemas({ schemas: [kg.schema, host] }), { compileAfter: 0 }).gateway, plugins: kg.plugins });
    await apollo.start();
    editor = (await bearer({ sub: 'continued-fields', roles: ['editor'] })).authorization;
  });

  afterAll(async () => {
    await removeCurationTestData(driver);
    await apollo.stop();
    await driver.close();
  });

  /** The ten best-connected entities of a kind: those whose fields have the most to say. */
  const busiest = async (kind: string): Promise<string[]> => {
    const result = await run(`{ topConnected(type: ${kind.toUpperCase()}, first: 10) { entity { id } } }`);
    const ids = ((result.data?.topConnected as Array<{ entity: { id: string } }> | undefined) ?? []).map((ranked) => ranked.entity.id);
    expect([kind, ids.length > 0]).toEqual([kind, true]);
    return ids;
  };

  it.each(KINDS)('answers every field of a %s alike beneath entity(id) and beneath a host field', async (kind) => {
    const ids = await busiest(kind);
    const fields = plannedFields(kg.schema, kind);
    expect(fields.length).toBeGreaterThan(kind === 'Person' ? 5 : 2);
    const empty: string[] = [];
    for (const field of fields) {
      const name = `${kind}.${field.name}`;
      const selection = `... on ${kind} { ${field.name} ${selectionOf(getNamedType(field.type), 3)} }`;
      // Equal answers prove little when they are empty: each field is checked on the first of the
      // busiest entities for which it has something to say.
      let id = ids[0];
      let planned = await run(`{ entity(id: "${id}") { ${selection} } }`);
      for (const other of ids.slice(1)) {
        if (!isEmpty((planned.data?.entity as Record<string, unknown> | null)?.[field.name])) break;
        id = other;
        planned = await run(`{ entity(id: "${id}") { ${selection} } }`);
      }
      const continued = await run(`{ hosted(ids: ["${id}"]) { ${selection} } }`);
      expect([name, planned.errors, continued.errors]).toEqual([name, undefined, undefined]);
      const plannedValue = (planned.data?.entity as Record<string, unknown>)[field.name];
      const continuedValue = (continued.data?.hosted as Array<Record<string, unknown>>)[0][field.name];
      expect([name, continuedValue]).toEqual([name, plannedValue]);
      // One query for the root; one for the host's entities and one for the continued field.
      expect([name, planned.roundTrips, continued.roundTrips]).toEqual([name, 1, 2]);
      if (isEmpty(plannedValue)) empty.push(field.name);
    }
    // The fields that none of the ten has anything for in the seed graph are named here.
    expect(empty).toEqual(EMPTY_IN_SEED[kind]);
  });

  it('costs the same round trips for 3 host entities as for 40, whatever is selected beneath them', async () => {
    const listed = await run('{ entities(first: 40) { edges { node { id } } } }');
    const ids = (listed.data?.entities as { edges: Array<{ node: { id: string } }> }).edges.map((edge) => edge.node.id);
    expect(ids).toHaveLength(40);
    const ask = (some: string[]) => run(`{ hosted(ids: ${JSON.stringify(some)}) { id relationships(first: 5) { totalCount edges { node { type sources { id } } other { name sources { id } } } } } }`);
    const three = await ask(ids.slice(0, 3));
    const forty = await ask(ids);
    expect([three.errors, forty.errors]).toEqual([undefined, undefined]);
    expect((forty.data?.hosted as unknown[]).length).toBe(40);
    // The host's entities, then one query for `relationships` and everything beneath it.
    expect([three.roundTrips, forty.roundTrips]).toEqual([2, 2]);
  });

  describe('mutation payloads', () => {
    const id = (name: string) => `${TEST_ID_PREFIX}${name}`;
    const ENTITY_SELECTION = `id name version aliases sources { id title }
      degree relationships(first: 10) { totalCount edges { cursor node { id type title since sources { id } from { id } to { id } } other { id name } } pageInfo { hasNextPage endCursor } }
      history(first: 5) { totalCount edges { node { actor mutation reason sources { id } changes { op field before after } } } }
      ... on Person { positions { title since relationship { id } person { id } organization { id name } } organizations { id } events { id } metWith { person { id } } }`;

    beforeAll(async () => {
      const created = await run(
        `mutation ($person: CreateEntityInput!) { createEntity(input: $person) { id } }`,
        { person: { id: id('continued'), type: 'PERSON', name: 'Continued Person', sources: ['background'] } },
        editor,
      );
      expect(created.errors).toBeUndefined();
      const asserted = await run(
        `mutation ($input: AssertRelationshipInput!) { assertRelationship(input: $input) { id } }`,
        { input: { from: id('continued'), type: 'HOLDS_POSITION', to: 'openai', title: 'Tester', since: '2024-01-01', sources: ['background'] } },
        editor,
      );
      expect(asserted.errors).toBeUndefined();
    });

    it('answers an entity payload with a nested selection exactly as a read of the same entity', async () => {
      const updated = await run(
        `mutation ($v: Int!) { updateEntity(id: "${id('continued')}", expectedVersion: $v, input: { description: "Changed" }, sources: ["background"], reason: "continued") { ${ENTITY_SELECTION} } }`,
        { v: 1 },
        editor,
      );
      expect(updated.errors).toBeUndefined();
      const read = await run(`{ entity(id: "${id('continued')}") { ${ENTITY_SELECTION} } }`);
      expect(read.errors).toBeUndefined();
      const payload = updated.data?.updateEntity as Record<string, unknown>;
      expect(payload).toEqual(read.data?.entity);
      expect(payload).toMatchObject({ version: 2, degree: 1, positions: [{ title: 'Tester', organization: { id: 'openai', name: 'OpenAI' } }] });
      // Created, then updated: the relationship's assertion is in the relationship's history.
      expect((payload.history as { totalCount: number }).totalCount).toBe(2);
    });

    it('answers a relationship payload and its revision as reads of them do', async () => {
      const RELATIONSHIP_SELECTION = 'id type title since version from { id name } to { id name } sources { id title } history(first: 5) { totalCount edges { node { seq mutation actor changes { op field } sources { id } } } }';
      const changed = await run(
        `mutation ($input: AssertRelationshipInput!) { assertRelationship(input: $input) { ${RELATIONSHIP_SELECTION} } }`,
        { input: { from: id('continued'), type: 'HOLDS_POSITION', to: 'openai', title: 'Tester', since: '2024-01-01', sources: ['background', 'article-openai-japan-2023'] } },
        editor,
      );
      expect(changed.errors).toBeUndefined();
      const payload = changed.data?.assertRelationship as { id: string; history: { edges: Array<{ node: { seq: number } }> } };
      const read = await run(`{ entity(id: "${id('continued')}") { relationships(first: 1) { edges { node { ${RELATIONSHIP_SELECTION} } } } } }`);
      expect(read.errors).toBeUndefined();
      const readRelationship = (read.data?.entity as { relationships: { edges: Array<{ node: unknown }> } }).relationships.edges[0].node;
      expect(payload).toEqual(readRelationship);
      expect(payload.history.edges).toHaveLength(2);

      // The revision a changeset returns, beside the revision read by its seq.
      const REVISION_SELECTION = 'seq actor reason mutation sources { id title } changes(first: 10) { op field targetKind targetId before after entity { id name } relationship { id type } }';
      const changeset = await run(
        `mutation ($input: ChangesetInput!) { applyChangeset(input: $input) { entities { id name sources { id } } revision { ${REVISION_SELECTION} } } }`,
        { input: { reason: 'continued', entities: [{ id: id('continued-topic'), type: 'TOPIC', name: 'Continued Topic', sources: ['background'] }] } },
        editor,
      );
      expect(changeset.errors).toBeUndefined();
      const result = changeset.data?.applyChangeset as { entities: unknown[]; revision: { seq: number } };
      expect(result.entities).toEqual([{ id: id('continued-topic'), name: 'Continued Topic', sources: [{ id: 'background' }] }]);
      const revision = await run(`{ revision(seq: ${result.revision.seq}) { ${REVISION_SELECTION} } }`);
      expect(revision.errors).toBeUndefined();
      expect(result.revision).toEqual(revision.data?.revision);
      expect(result.revision).toMatchObject({ mutation: 'applyChangeset', reason: 'continued', sources: [{ id: 'background' }] });
      expect((result.revision as unknown as { changes: unknown[] }).changes).toContainEqual(expect.objectContaining({ op: 'CREATE', field: 'name', after: 'Continued Topic', entity: { id: id('continued-topic'), name: 'Continued Topic' } }));
    });
  });
});

/** Fields the seed graph leaves empty for the busiest entity of each kind (checked above, so a change shows). */
const EMPTY_IN_SEED: Record<(typeof KINDS)[number], string[]> = {
  Person: [],
  Organization: [],
  Country: [],
  Event: [],
  Product: [],
  Topic: [],
  Source: [],
};
