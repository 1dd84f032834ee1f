import { liveEntity } from '../../live';
import type { Compiled, PlanCompiler } from '../compile';
import type { TypeSelection } from '../selection';

/** A list that came back from Cypher, each item decoded; a missing list is empty. */
export function decodeList<T>(decode: (raw: unknown) => T): (raw: unknown) => T[] {
  return (raw) => (Array.isArray(raw) ? raw.map(decode) : []);
}

/** The first item of a list that came back from Cypher, decoded; null when there is none. */
export function decodeFirst<T>(decode: (raw: unknown) => T): (raw: unknown) => T | null {
  return (raw) => (raw === null || raw === undefined ? null : decode(raw));
}

/**
 * The Source entities of a list of source ids (`sources` of an entity, relationship or fact), in the
 * list's order: one index seek per id on the id constraint.
 */
export function sourcesOf(compiler: PlanCompiler, ids: string, selection: TypeSelection): Compiled<object[]> {
  const id = compiler.variable('x');
  const source = compiler.variable('n');
  const entity = compiler.entity(source, selection);
  return {
    cypher: `COLLECT { UNWIND coalesce(${ids}, []) AS ${id} MATCH (${source}:Entity {id: ${id}}) WHERE ${liveEntity(source, compiler.knownAtParam)} RETURN ${entity.cypher} }`,
    decode: decodeList(entity.decode),
  };
}
