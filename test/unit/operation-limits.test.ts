import 'reflect-metadata';
import { GraphQLError, parse } from 'graphql';
import { measuredSize } from '../../src/plugins/operation-limits';
import { buildGraphSchema } from '../../src/schema/build-schema';

/* The node limit fails closed: an operation it cannot measure is refused, never run unmeasured. */
describe('Measuring an operation for the node limit', () => {
  const schema = buildGraphSchema();
  const document = parse('{ entity(id: "sam-altman") { relationships { edges { cursor } } } }');

  it('measures an ordinary operation', () => {
    expect(measuredSize(schema, document, {})).toMatchObject({ nodes: 20, outOfBounds: null });
  });

  it('refuses, as the server\'s fault, an operation whose size cannot be computed', () => {
    const broken = () => {
      throw new TypeError('a bug in the size');
    };
    // toThrow takes an asymmetric matcher for the error too, which @types/jest does not declare.
    expect(() => measuredSize(schema, document, {}, undefined, broken)).toThrow(
      expect.objectContaining({ message: "The operation's size could not be measured, so it was not run", extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) as GraphQLError['extensions'] }) as GraphQLError,
    );
  });

  it('refuses, as a bad request, an operation the measuring could not read', () => {
    const unreadable = () => {
      throw new GraphQLError('Argument "first" has invalid value "x".');
    };
    expect(() => measuredSize(schema, document, {}, undefined, unreadable)).toThrow(
      expect.objectContaining({ message: 'Argument "first" has invalid value "x".', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) as GraphQLError['extensions'] }) as GraphQLError,
    );
  });

  it('leaves to execution an operation whose variables do not coerce, which execution refuses itself', () => {
    expect(measuredSize(schema, parse('query ($n: Int) { entities(first: $n) { totalCount } }'), { n: 'many' })).toBeNull();
  });
});
