import type { RequestHandler, Response } from 'express';
import { randomUUID } from 'node:crypto';

/** A caller's id is kept only if it is short and plain: it lands in logs and response headers. */
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id: the caller's `x-request-id` when acceptable (a proxy's or a gateway's,
 * so logs join up across services), a fresh UUID otherwise. Echoed in the response header.
 */
export function requestIds(): RequestHandler {
  return (request, response, next) => {
    const given = request.get('x-request-id');
    const id = given !== undefined && ACCEPTABLE_ID.test(given) ? given : randomUUID();
    response.locals.requestId = id;
    response.setHeader('x-request-id', id);
    next();
  };
}

export function requestIdOf(response: Response): string | undefined {
  const id: unknown = response.locals.requestId;
  return typeof id === 'string' ? id : undefined;
}
