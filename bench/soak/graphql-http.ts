import type { Journal, Role } from './journal';

/** One GraphQL answer over HTTP, or why there was none. */
export type Answer =
  | { readonly kind: 'answer'; readonly status: number; readonly data: Record<string, unknown> | null; readonly codes: string[]; readonly messages: string[] }
  | { readonly kind: 'no-answer'; readonly cause: string };

interface Body {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
}

/**
 * POSTs an operation. `dropAfterMs` aborts the request that long after it was sent, as a client
 * whose connection dropped: undici then destroys the socket, whatever the server was doing.
 */
export async function post(
  url: string,
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers: Record<string, string> = {},
  dropAfterMs?: number,
): Promise<Answer> {
  const signal = dropAfterMs === undefined ? AbortSignal.timeout(30_000) : AbortSignal.timeout(dropAfterMs);
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body), signal });
    const text = await response.text();
    let parsed: Body;
    try {
      parsed = JSON.parse(text) as Body;
    } catch {
      return { kind: 'answer', status: response.status, data: null, codes: ['not-json'], messages: [text.slice(0, 200)] };
    }
    const errors = parsed.errors ?? [];
    return {
      kind: 'answer',
      status: response.status,
      data: parsed.data ?? null,
      codes: errors.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : 'uncoded')),
      messages: errors.map((error) => String(error.message)),
    };
  } catch (error) {
    return { kind: 'no-answer', cause: causeOf(error) };
  }
}

function causeOf(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError') return 'timeout';
  return e.cause?.code ?? e.code ?? e.cause?.message ?? String(error);
}

/**
 * Writes an answer into the journal: a success, an expected refusal (`expected` codes), or a failure
 * by kind. Returns true for a success.
 */
export function record(journal: Journal, role: Role, answer: Answer, expected: readonly string[] = []): boolean {
  if (answer.kind === 'no-answer') {
    journal.failed(role, `network:${answer.cause}`, answer.cause);
    return false;
  }
  if (answer.status >= 500) {
    journal.failed(role, `http-${answer.status}:${answer.codes.join(',') || 'none'}`, answer.messages.join('; '));
    return false;
  }
  if (answer.codes.length === 0 && answer.status === 200) {
    journal.succeeded(role);
    return true;
  }
  const code = answer.codes[0] ?? `http-${answer.status}`;
  if (expected.includes(code)) journal.refused(code);
  else journal.failed(role, code, answer.messages.join('; '));
  return false;
}
