import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLInputField, type GraphQLSchema } from 'graphql';
import { buildGraphSchema } from '../../src/schema/build-schema';
import { printGraphSchema } from '../../src/schema/print-schema';

const schema: GraphQLSchema = buildGraphSchema();

describe('The GraphQL schema', () => {
  it('matches the committed schema/schema.graphql (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    expect(printGraphSchema(schema)).toBe(committed);
  });

  it('documents every type, field, argument and enum value, so the Sandbox explains itself', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values<GraphQLField<unknown, unknown> | GraphQLInputField>(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('keeps the public contract: the root fields of the architecture exist', () => {
    const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(fields).toEqual(expect.arrayContaining(['entity', 'entities', 'search', 'neighborhood', 'shortestPath', 'paths', 'timeline']));
  });
});
