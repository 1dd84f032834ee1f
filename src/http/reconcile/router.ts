import cors from 'cors';
import express, { type Request, type Response, type Router } from 'express';
import { EntityType } from '../../graph/enums';
import { ReconcileRepository, type ReconciledEntity } from '../../graph/reconcile.repository';
import type { KnowledgeGraph } from '../../knowledge-graph';
import { BATCH_SIZE, ReconcileInputError, extend, parseBatch, parseExtend, parseJsonField, reconcile } from './service';
import { PROPERTIES, TYPE_NAMES } from './vocabulary';

/*
 * The W3C Reconciliation Service API 0.2 at /reconcile, for OpenRefine and its kin: the manifest,
 * reconciliation and data extension (form-encoded POST or GET), suggest, previews and property
 * proposals. CORS is on for every endpoint, whatever CORS_ORIGINS says (the spec requires it; all of
 * it is public reads), and JSONP answers `callback` for older clients.
 */

const SUGGEST_PAGE = 10;
const PREVIEW = { width: 400, height: 160 };
const CALLBACK = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

function baseUrl(request: Request): string {
  return `${request.protocol}://${request.get('host') ?? 'localhost'}`;
}

function manifest(base: string): object {
  const service = (path: string) => ({ service_url: base, service_path: path });
  return {
    versions: ['0.2'],
    name: 'Knowledge graph: people, institutions, countries and events, with their sources',
    identifierSpace: `${base}/explore?focus=`,
    schemaSpace: `${base}/reconcile/schema/`,
    defaultTypes: Object.values(EntityType).map((id) => ({ id, name: TYPE_NAMES[id] })),
    view: { url: `${base}/explore?focus={{id}}` },
    preview: { url: `${base}/reconcile/preview?id={{id}}`, ...PREVIEW },
    suggest: { entity: service('/reconcile/suggest/entity'), type: service('/reconcile/suggest/type'), property: service('/reconcile/suggest/property') },
    extend: { propose_properties: service('/reconcile/properties'), property_settings: [] },
    batchSize: BATCH_SIZE,
  };
}

/** JSON, or with a valid `callback`, JSONP. */
function reply(request: Request, response: Response, body: unknown, status = 200): void {
  const callback = request.query.callback;
  if (callback === undefined) {
    response.status(status).json(body);
    return;
  }
  if (typeof callback !== 'string' || !CALLBACK.test(callback)) {
    response.status(400).json(errorBody('callback: must be a JavaScript function name'));
    return;
  }
  response.status(status).type('application/javascript').send(`/**/${callback}(${JSON.stringify(body)});`);
}

function errorBody(message: string): object {
  return { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] };
}

/** A request parameter from the form body (POST) or the query string, as one string; undefined when absent. */
function parameter(request: Request, name: string): string | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  const value = (typeof body === 'object' && body !== null ? body[name] : undefined) ?? request.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ReconcileInputError(`${name}: give it once, as a string`);
  return value;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A small card: name, kind, description and aliases; styled inline, with no outside assets. */
function previewCard(entity: ReconciledEntity): string {
  const aliases = entity.aliases.length === 0 ? '' : `<p style="margin:4px 0;color:#555">Also: ${entity.aliases.map(escapeHtml).join(', ')}</p>`;
  const description = entity.description === null ? '' : `<p style="margin:4px 0">${escapeHtml(entity.description)}</p>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(entity.name)}</title></head>` +
    `<body style="margin:0;font:14px/1.4 system-ui,sans-serif"><div style="padding:8px;width:${PREVIEW.width - 16}px">` +
    `<strong>${escapeHtml(entity.name)}</strong> <span style="color:#555">${escapeHtml(TYPE_NAMES[entity.type])}</span>` +
    `${description}${aliases}<p style="margin:4px 0;color:#777">${escapeHtml(entity.id)}</p></div></body></html>`;
}

function prefixFilter<T extends { id: string; name: string }>(items: readonly T[], prefix: string): T[] {
  const wanted = prefix.trim().toLowerCase();
  return items.filter((item) => item.id.toLowerCase().startsWith(wanted) || item.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(wanted)) || item.name.toLowerCase().startsWith(wanted));
}

function cursorOf(request: Request): number {
  const raw = request.query.cursor;
  if (raw === undefined) return 0;
  const cursor = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(cursor) || cursor < 0 || cursor > 1000) throw new ReconcileInputError('cursor: must be an integer from 0 to 1000');
  return cursor;
}

function required(request: Request, name: string): string {
  const value = parameter(request, name);
  if (value === undefined || value.trim() === '') throw new ReconcileInputError(`${name}: required`);
  return value;
}

/** The reconciliation service over the graph's runner; mount it at `/reconcile`. */
export function reconcileRouter(kg: KnowledgeGraph, options: { bodyLimit?: string } = {}): Router {
  const router = express.Router();
  const repository = new ReconcileRepository(kg.runner);
  router.use(cors({ origin: '*' }));
  router.use(express.urlencoded({ extended: false, limit: options.bodyLimit ?? '1mb' }));

  /** Runs a handler, answering a client mistake with its status and a JSON body. */
  const handle = (work: (request: Request, response: Response) => Promise<void> | void) => async (request: Request, response: Response) => {
    try {
      await work(request, response);
    } catch (error) {
      if (!(error instanceof ReconcileInputError)) throw error;
      response.status(error.status).json(errorBody(error.message));
    }
  };

  const root = handle(async (request, response) => {
    const queries = parameter(request, 'queries');
    const extension = parameter(request, 'extend');
    if (queries !== undefined) return reply(request, response, await reconcile(repository, parseBatch(parseJsonField('queries', queries))));
    if (extension !== undefined) return reply(request, response, await extend(repository, parseExtend(parseJsonField('extend', extension))));
    reply(request, response, manifest(baseUrl(request)));
  });
  router.get('/', root);
  router.post('/', root);

  router.get('/suggest/entity', handle(async (request, response) => {
    const prefix = required(request, 'prefix');
    const cursor = cursorOf(request);
    const type = parameter(request, 'type');
    if (type !== undefined && !(type in TYPE_NAMES)) throw new ReconcileInputError(`type: unknown type ${JSON.stringify(type)}`);
    const candidates = await repository.candidates(prefix, type === undefined ? null : [type as EntityType], cursor + SUGGEST_PAGE);
    reply(request, response, {
      result: candidates.slice(cursor).map(({ entity }) => ({
        id: entity.id,
        name: entity.name,
        ...(entity.description === null ? {} : { description: entity.description }),
        notable: [{ id: entity.type, name: TYPE_NAMES[entity.type] }],
      })),
    });
  }));

  const types = Object.values(EntityType).map((id) => ({ id, name: TYPE_NAMES[id] }));
  const properties = [...PROPERTIES.values()].map(({ id, name, description }) => ({ id, name, description }));
  router.get('/suggest/type', handle((request, response) => reply(request, response, { result: prefixFilter(types, required(request, 'prefix')).slice(cursorOf(request)) })));
  router.get('/suggest/property', handle((request, response) => reply(request, response, { result: prefixFilter(properties, required(request, 'prefix')).slice(cursorOf(request)) })));

  router.get('/properties', handle((request, response) => {
    const type = required(request, 'type');
    if (!(type in TYPE_NAMES)) throw new ReconcileInputError(`type: unknown type ${JSON.stringify(type)}`);
    const rawLimit = parameter(request, 'limit');
    const limit = rawLimit === undefined ? properties.length : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1) throw new ReconcileInputError('limit: must be a positive integer');
    reply(request, response, { type, properties: properties.slice(0, limit).map(({ id, name }) => ({ id, name })), ...(rawLimit === undefined ? {} : { limit }) });
  }));

  router.get('/preview', handle(async (request, response) => {
    const id = required(request, 'id');
    const [entity] = await repository.byIds([id]);
    if (entity === undefined) {
      response.status(404).json({ errors: [{ message: `Entity "${id}" not found`, extensions: { code: 'NOT_FOUND', id } }] });
      return;
    }
    response.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'").type('html').send(previewCard(entity));
  }));
  return router;
}
