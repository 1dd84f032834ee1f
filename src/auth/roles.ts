import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';
import type { Actor } from './token-verifier';

/** What a write needs: `editor` writes facts; `admin` writes and also erases. */
export enum WriteRole {
  EDITOR = 'editor',
  ADMIN = 'admin',
}

/** The roles that grant each need: an admin may do whatever an editor may. */
const GRANTED_BY: Readonly<Record<WriteRole, readonly string[]>> = {
  [WriteRole.EDITOR]: [WriteRole.EDITOR, WriteRole.ADMIN],
  [WriteRole.ADMIN]: [WriteRole.ADMIN],
};

/** Throws FORBIDDEN unless `actor` may read: any actor without a `readRole`, else one holding it or a write role. */
export function requireReader(actor: Actor, readRole: string | undefined): void {
  if (readRole === undefined || actor.roles.includes(readRole) || actor.roles.some((role) => GRANTED_BY[WriteRole.EDITOR].includes(role))) return;
  throw new GraphQLError(`Reading needs the "${readRole}" role`, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}

/** Throws FORBIDDEN unless `actor` holds a role that grants `needed`. */
export function requireRole(actor: Actor, needed: WriteRole): void {
  if (actor.roles.some((role) => GRANTED_BY[needed].includes(role))) return;
  throw new GraphQLError(`This needs the "${needed}" role`, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}
