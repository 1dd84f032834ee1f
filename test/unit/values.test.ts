import neo4j from 'neo4j-driver';
import { toNumber } from '../../src/graph/values';

describe('Neo4j integers at the boundary', () => {
  it('become JS numbers across the whole safe range, negative ones included', () => {
    expect(toNumber(neo4j.int(42))).toBe(42);
    expect(toNumber(neo4j.int(-7))).toBe(-7);
    expect(toNumber(neo4j.int(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toNumber(neo4j.int(Number.MIN_SAFE_INTEGER))).toBe(Number.MIN_SAFE_INTEGER);
    expect(toNumber(3)).toBe(3);
  });

  it('are refused beyond 2^53 rather than rounded', () => {
    expect(() => toNumber(neo4j.int('9007199254740992'))).toThrow(RangeError);
    expect(() => toNumber(neo4j.int('-9007199254740992'))).toThrow(RangeError);
    expect(() => toNumber(neo4j.int('9223372036854775807'))).toThrow('integer 9223372036854775807 is outside the safe range');
  });

  it('are never anything else', () => {
    expect(() => toNumber('12')).toThrow(TypeError);
  });
});
