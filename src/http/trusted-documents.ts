import type { Request, RequestHandler, Response } from 'express';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ErrorCode } from '../errors';

/*
 * Trusted documents (the GraphQL over HTTP draft's "persisted documents"): the operator lists the
 * documents its own clients ship, in a manifest a client build writes (GraphQL Code Generator's
 * client preset, `persistedDocuments: true`: `{ "<sha256 hex>": "<document>" }`), and nothing else
 * runs. A client sends `documentId: "sha256:<hex>"` instead of the text (POST body or GET parameter);
 * the text of a listed document, or an automatic persisted query's hash of one, is accepted too.
 * Checked before Apollo parses anything: an unlisted document costs no parsing.
 */

/** Listed documents by the lowercase hex sha256 of their text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Reads the manifest at `path`; throws one line naming the file and the problem. */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not JSON`);
  }
  return parseTrustedDocuments(manifest, path);
}

/** Checks a manifest: an object of `"<sha256 hex>"` or `"sha256:<hex>"` to the document whose hash it is. */
export function parseTrustedDocuments(manifest: unknown, name = 'the manifest'): TrustedDocuments {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) throw new Error(`${name} must be a JSON object of document hashes to documents`);
  const documents = new Map<string, string>();
  for (const [key, document] of Object.entries(manifest)) {
    const hash = key.startsWith('sha256:') ? key.slice('sha256:'.length) : key;
    if (!SHA256_HEX.test(hash)) throw new Error(`${name}: key ${JSON.stringify(key.slice(0, 80))} is not a sha256 hash (64 lowercase hex digits, optionally after "sha256:")`);
    if (typeof document !== 'string' || document.trim() === '') throw new Error(`${name}: the document of ${key} is not a non-empty string`);
    if (sha256(document) !== hash) throw new Error(`${name}: ${key} is not the sha256 of its document (was the manifest built with another hash algorithm?)`);
    documents.set(hash, document);
  }
  if (documents.size === 0) throw new Error(`${name} lists no document`);
  return documents;
}

/** Before Apollo: replaces a `documentId` by its document and refuses any document not listed. */
export function trustedDocumentsOnly(documents: TrustedDocuments): RequestHandler {
  return (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'POST') return next();
    const fields = request.method === 'GET' ? fromSearch(request) : fromBody(request);
    if (fields === null) return next();
    const listed = (hash: string) => documents.get(hash);
    if (fields.documentId !== undefined) {
      if (fields.query !== undefined) return refuse(response, 400, 'BAD_REQUEST', 'send either documentId or query, not both');
      const hash = typeof fields.documentId === 'string' ? DOCUMENT_ID.exec(fields.documentId)?.[1] : undefined;
      if (hash === undefined) return refuse(response, 400, 'BAD_REQUEST', 'documentId must be "sha256:" followed by 64 lowercase hex digits');
      const document = listed(hash);
      if (document === undefined) return refuse(response, 400, ErrorCode.PERSISTED_DOCUMENT_NOT_FOUND, `no trusted document has the id sha256:${hash}`);
      return substitute(request, document, next);
    }
    if (typeof fields.query === 'string' && fields.query !== '') {
      if (listed(sha256(fields.query)) !== undefined) return next();
      return refuse(response, 400, ErrorCode.TRUSTED_DOCUMENTS_ONLY, 'this server runs only its trusted documents: send the documentId of a listed one');
    }
    // An automatic persisted query that names a listed document runs as if it had been sent whole.
    const apqHash = persistedQueryHash(fields.extensions);
    const document = apqHash === undefined ? undefined : listed(apqHash.toLowerCase());
    if (document !== undefined) return substitute(request, document, next);
    return refuse(response, 400, ErrorCode.TRUSTED_DOCUMENTS_ONLY, 'this server runs only its trusted documents: send the documentId of a listed one');
  };
}

interface RequestFields {
  readonly documentId?: unknown;
  readonly query?: unknown;
  readonly extensions?: unknown;
}

function fromBody(request: Request): RequestFields | null {
  const body: unknown = request.body;
  // Not an object: Apollo answers it as the bad request it is.
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? body : null;
}

function fromSearch(request: Request): RequestFields {
  const search = new URL(request.url, 'http://x').searchParams;
  let extensions: unknown;
  try {
    extensions = search.has('extensions') ? JSON.parse(search.get('extensions') ?? '') : undefined;
  } catch {
    extensions = undefined;
  }
  return { documentId: search.get('documentId') ?? undefined, query: search.get('query') ?? undefined, extensions };
}

function persistedQueryHash(extensions: unknown): string | undefined {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

function substitute(request: Request, document: string, next: () => void): void {
  if (request.method === 'GET') {
    // Apollo reads a GET's parameters from the URL.
    const url = new URL(request.url, 'http://x');
    url.searchParams.delete('documentId');
    url.searchParams.set('query', document);
    request.url = `${url.pathname}${url.search}`;
  } else {
    const { documentId: _sent, ...body } = request.body as Record<string, unknown>;
    request.body = { ...body, query: document };
  }
  next();
}

function refuse(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}
