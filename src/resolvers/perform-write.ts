import { createHash } from 'node:crypto';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { requireRole, type WriteRole } from '../auth/roles';
import type { Actor } from '../auth/token-verifier';
import type { GraphContext } from '../context';
import { badUserInput, ErrorCode } from '../errors';
import type { WriteMeta, WriteOutcome } from '../graph/write/write-scope';

/** What a client may send as an Idempotency-Key: a UUID or any short plain token. */
const IDEMPOTENCY_KEY = /^[\w.:-]{1,200}$/;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The one door of every mutation: the caller is authenticated and holds `role`, the write runs with
 * who and why, and its outcome is counted, logged and its bookmark kept for the response.
 */
export async function performWrite<T>(
  context: GraphContext,
  info: GraphQLResolveInfo,
  role: WriteRole,
  args: Record<string, unknown>,
  reason: string | null,
  run: (meta: WriteMeta) => Promise<WriteOutcome<T>>,
): Promise<WriteOutcome<T>> {
  const mutation = info.fieldName;
  let actor: Actor | null = null;
  try {
    actor = await context.auth.actor();
    requireRole(actor, role);
    const meta: WriteMeta = { actor: actor.sub, mutation, reason, idempotency: idempotencyOf(context, actor, info, args) };
    const outcome = await run(meta);
    context.writtenBookmarks.push(...outcome.bookmarks);
    context.onWrite({ mutation, outcome: outcome.replayed ? 'replayed' : 'ok', actor: actor.sub, seq: outcome.revision?.seq ?? null, requestId: context.requestId });
    return outcome;
  } catch (error) {
    const code = error instanceof GraphQLError && typeof error.extensions.code === 'string' ? error.extensions.code : ErrorCode.INTERNAL_SERVER_ERROR;
    context.onWrite({ mutation, outcome: code, actor: actor?.sub ?? null, seq: null, requestId: context.requestId });
    throw error;
  }
}

/**
 * A key is the caller's: scoped to the token's subject and to the field's place in the response, so
 * two users (or two aliased mutations of one request) never share one. The hash of the arguments
 * tells a retry from another request sent with the same key.
 */
function idempotencyOf(context: GraphContext, actor: Actor, info: GraphQLResolveInfo, args: Record<string, unknown>): WriteMeta['idempotency'] {
  const key = context.idempotencyKey;
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) throw badUserInput('Idempotency-Key', 'must be 1 to 200 letters, digits or . _ : -');
  return {
    key: sha256(`${actor.sub}\n${key}\n${String(info.path.key)}`),
    requestHash: sha256(JSON.stringify({ mutation: info.fieldName, args })),
  };
}
