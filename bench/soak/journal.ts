/**
 * What every soak client saw, kept for the checks at the end: answers are classified there, once the
 * fault windows are known. Successes are counted; anything else is kept with its time.
 */

export type Role = 'read' | 'write' | 'race' | 'feed';

/**
 * What went wrong, by kind: an error code (`DATABASE_UNAVAILABLE`), `uncoded` (an error without
 * `extensions.code`), `http-<status>` (a 5xx), `network:<cause>` (no answer at all), or for a
 * subscription `closed-<code>`.
 */
export interface Failure {
  readonly at: number;
  readonly role: Role;
  readonly kind: string;
  readonly detail: string;
}

/** A period of the run, in ms since its start. */
export interface Window {
  readonly name: string;
  readonly from: number;
  to: number;
}

export class Journal {
  readonly started = Date.now();
  readonly ok: Record<Role, number> = { read: 0, write: 0, race: 0, feed: 0 };
  readonly failures: Failure[] = [];
  /** Expected refusals (a lost version race): counted, not failures. */
  readonly expected: Record<string, number> = {};
  readonly windows: Window[] = [];

  now(): number {
    return Date.now() - this.started;
  }

  succeeded(role: Role): void {
    this.ok[role] += 1;
  }

  failed(role: Role, kind: string, detail: string): void {
    this.failures.push({ at: this.now(), role, kind, detail: detail.slice(0, 300) });
  }

  refused(kind: string): void {
    this.expected[kind] = (this.expected[kind] ?? 0) + 1;
  }

  open(name: string): Window {
    const window = { name, from: this.now(), to: Number.POSITIVE_INFINITY };
    this.windows.push(window);
    return window;
  }

  close(window: Window, graceMs = 0): void {
    window.to = this.now() + graceMs;
  }
}
