import { randomUUID } from 'node:crypto';
import { clientError, ErrorCode, notFound } from '../../errors';
import { EntityType } from '../enums';
import { toNumber, toStringList } from '../values';
import { ERASED_ID_PREFIX, eraseEntityQuery, erasureTargetsQuery, sourceCitationsQuery } from './erasure-statements';
import type { WriteScope } from './write-scope';

/*
 * A legal erasure (docs/curation.md#erasure): afterwards nothing in the database names the entity,
 * by id or by any name it had. Relationship ids are derived from their ends (`from:TYPE:to`, the
 * identity that makes one triple one relationship), so an erasure rewrites the ids of the entity and
 * of its relationships to opaque ones, wherever they were written.
 */

/** Longest first, so that "Jane Q. Doe" is replaced whole before "Jane" could cut it. */
function byLengthDesc(strings: Iterable<string>): string[] {
  return [...new Set(strings)].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

export async function eraseEntity(scope: WriteScope, id: string): Promise<void> {
  const current = (await scope.lockEntities([id])).get(id);
  if (current === undefined) throw notFound('Entity', id);
  const targets = (await scope.run(erasureTargetsQuery(id))).records[0];
  const relationships = toStringList(targets.get('relationships'));
  if (current.type === EntityType.SOURCE) {
    // Its id would stay in the records that cite it: their sources are facts about other things.
    const citing = toNumber((await scope.run(sourceCitationsQuery(id, relationships))).records[0].get('citing'));
    if (citing > 0) {
      throw clientError(ErrorCode.BAD_USER_INPUT, `id: source "${id}" is cited by ${citing} other records; retract or re-source them, then erase it`, { argument: 'id', id, citing });
    }
  }
  const renamed: Record<string, string> = { [id]: `${ERASED_ID_PREFIX}${randomUUID()}` };
  for (const relationshipId of relationships) renamed[relationshipId] = `${ERASED_ID_PREFIX}${randomUUID()}`;
  const strings = byLengthDesc([id, ...toStringList(targets.get('names'))]);
  await scope.run(eraseEntityQuery(id, renamed, current.version + 1, strings));
  // The erasure's own revision names only the new ids, and its reason is scrubbed like the others.
  scope.scrubReason(strings);
  scope.record({ targetKind: 'ENTITY', targetId: renamed[id], op: 'ERASE', before: null, after: null });
  for (const relationshipId of relationships) {
    scope.record({ targetKind: 'RELATIONSHIP', targetId: renamed[relationshipId], op: 'ERASE', before: null, after: null });
  }
}
