/**
 * The view lives in the URL, so that a link or a reload shows the same thing:
 * `?focus=ID` (a neighbourhood), `?from=ID&to=ID` (a path), either with `&asOf=YYYY-MM-DD`.
 * Anything malformed is dropped rather than sent to the API.
 */
export interface ViewState {
  focus?: string;
  from?: string;
  to?: string;
  asOf?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day in YYYY-MM-DD (2023-02-30 is not). */
export function isDay(text: string): boolean {
  if (!DATE.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

function id(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value !== undefined && ID.test(value) ? value : undefined;
}

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf') ?? undefined;
  const state: ViewState = { asOf: asOf !== undefined && isDay(asOf) ? asOf : undefined };
  const from = id(params, 'from');
  const to = id(params, 'to');
  if (from !== undefined && to !== undefined) return { ...state, from, to };
  return { ...state, focus: id(params, 'focus') };
}

export function viewSearch(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.from !== undefined && state.to !== undefined) {
    params.set('from', state.from);
    params.set('to', state.to);
  } else if (state.focus !== undefined) {
    params.set('focus', state.focus);
  }
  if (state.asOf !== undefined) params.set('asOf', state.asOf);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
