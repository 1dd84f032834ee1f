import type { Expansion } from './graph-model';
import type { Request } from './graphql';
import { neighborhood, shortestPath, type Subgraph } from './queries';
import type { ViewState } from './url-state';

/**
 * What a view needs from the API: its base (a neighbourhood or a path) and each expansion, at the
 * view's `asOf`. Answers are remembered by query and day for the page's life, so an undo or the slider
 * going back to a day already seen costs no request.
 */

/** Entities drawn around the focus. */
export const FOCUS_LIMIT = 60;
/** Entities asked for per expansion (the API's default); at most EXPANSION_CAP new ones are drawn. */
const EXPAND_LIMIT = 100;

export class ViewData {
  private readonly answers = new Map<string, Promise<Subgraph | null>>();

  constructor(private readonly request: Request) {}

  /** The view's base; undefined when the view shows nothing yet. */
  base(view: ViewState): Promise<Subgraph | null> | undefined {
    const { focus, from, to, asOf } = view;
    if (from !== undefined && to !== undefined) return this.remember(`path ${from} ${to} ${asOf}`, () => shortestPath(this.request, from, to, asOf));
    if (focus !== undefined) return this.remember(`focus ${focus} ${asOf}`, () => neighborhood(this.request, focus, FOCUS_LIMIT, asOf));
    return undefined;
  }

  /** The neighbourhoods of the expanded entities, in the order they were expanded. */
  async expansions(ids: readonly string[], asOf: string | undefined): Promise<Expansion[]> {
    const graphs = await Promise.all(ids.map((id) => this.remember(`expand ${id} ${asOf}`, () => neighborhood(this.request, id, EXPAND_LIMIT, asOf))));
    return ids.map((id, index) => ({ id, graph: graphs[index] ?? { nodes: [], relationships: [], truncated: false } }));
  }

  private remember(key: string, fetch: () => Promise<Subgraph | null>): Promise<Subgraph | null> {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = fetch();
      this.answers.set(key, answer);
      // A failure is not remembered: the next try asks again.
      answer.catch(() => this.answers.delete(key));
    }
    return answer;
  }
}
