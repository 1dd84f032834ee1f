import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { ErrorCode } from '../errors';
import { INTERNAL_ERROR_MESSAGE } from '../plugins/format-error';
import { requestIdOf } from './request-id';

/**
 * What Express would answer in HTML (a body that is not JSON, too large or malformed; an unknown
 * route; a crash), answered as GraphQL-style JSON errors with a code and a 4xx status, so that a
 * client parses every reply the same way and only a real fault is a 5xx.
 */

function sendError(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** POST bodies must be JSON (the GraphQL-over-HTTP media type); anything else is 415 before Apollo. */
export function requireJsonPost(): RequestHandler {
  return (request, response, next) => {
    if (request.method !== 'POST') return next();
    const essence = (request.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (essence === 'application/json') return next();
    sendError(response, 415, 'BAD_REQUEST', 'POST requests must have Content-Type: application/json');
  };
}

export function notFoundAsJson(): RequestHandler {
  return (request, response) => sendError(response, 404, ErrorCode.NOT_FOUND, `no route for ${request.method} ${request.path}`);
}

/** The body parser's errors (http-errors with a 4xx status) become 4xx; anything else is logged and masked. */
export function errorsAsJson(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) return next(error);
    const status = clientStatus(error);
    if (status !== undefined) {
      sendError(response, status, 'BAD_REQUEST', clientMessage(error as { type?: string; message?: string }, status));
      return;
    }
    const requestId = requestIdOf(response);
    logger.error({ err: error, requestId, method: request.method, path: request.path }, 'unexpected HTTP error');
    response.status(500).json({
      errors: [{ message: INTERNAL_ERROR_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } }],
    });
  };
}

function clientStatus(error: unknown): number | undefined {
  const { status, statusCode, expose } = (error ?? {}) as { status?: unknown; statusCode?: unknown; expose?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && value >= 400 && value < 500 && expose !== false ? value : undefined;
}

function clientMessage(error: { type?: string; message?: string }, status: number): string {
  switch (error.type) {
    case 'entity.parse.failed':
      return 'the request body is not valid JSON';
    case 'entity.too.large':
      return 'the request body is too large';
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return 'the request body must be UTF-8 JSON';
    default:
      return status === 413 ? 'the request body is too large' : (error.message ?? 'bad request');
  }
}
