import './explorer.css';
import { GraphCanvas } from './canvas';
import { readPageConfig } from './config';
import { h } from './dom';
import { EntityList } from './entity-list';
import { Filters } from './filters';
import { composeModel, type GraphModel } from './graph-model';
import { graphqlClient, GraphQLRequestError } from './graphql';
import { Inspector } from './inspector';
import { EntityPicker } from './picker';
import { entityDetails, type EntityRef, type Subgraph } from './queries';
import { TextLinks } from './text-links';
import { TimeSlider } from './time-slider';
import { readViewState, viewSearch, type ViewState } from './url-state';
import { FOCUS_LIMIT, ViewData } from './view-data';

/**
 * The explorer page: wires the URL, the controls, the API and the drawing together. The view (focus or
 * path, and `asOf`) comes from the URL; expansions are made on top of it and undone in reverse order.
 */

const request = graphqlClient(readPageConfig().graphqlUrl);
const data = new ViewData(request);
const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

let view: ViewState = readViewState(location.search);
let expanded: string[] = [];
let model: GraphModel | undefined;
let loads = 0;
let inspections = 0;

const status = h('p', { id: 'status', role: 'status', class: 'status' });
const inspector = new Inspector();
const list = new EntityList({ onInspectEntity: (id) => void inspect(id), onExpand: (id) => expand(id), onInspectRelationship: (id) => inspectRelationship(id) });
const filters = new Filters(() => draw());
const search = new EntityPicker(request, 'Search', 'search', (entity) => navigate({ focus: entity.id, asOf: view.asOf }));
const pathFrom = new EntityPicker(request, 'Path from', 'from', () => undefined);
const pathTo = new EntityPicker(request, 'to', 'to', () => undefined);
const slider = new TimeSlider(
  () => setStatus('loading'),
  (asOf) => {
    view = { ...view, asOf };
    history.replaceState(null, '', `${location.pathname}${viewSearch(view)}`);
    void load('asOf');
  },
);
const textLinks = new TextLinks(request, (id) => navigate({ focus: id, asOf: view.asOf }));
const undoButton = h('button', { type: 'button', id: 'undo', disabled: true }, 'Undo expand');
const pngButton = h('button', { type: 'button', id: 'export-png' }, 'Export PNG');
const pathButton = h('button', { type: 'submit', id: 'show-path' }, 'Show path');
const pathForm = h('form', { class: 'path-form', 'aria-label': 'Path between two entities' }, pathFrom.element, pathTo.element, pathButton);
const canvasElement = h('div', { id: 'canvas', class: 'canvas', role: 'img', 'aria-label': 'The graph as a drawing; the lists beside it say the same in words' });

document.getElementById('root')!.replaceWith(
  h(
    'div',
    { class: 'app' },
    h('header', { class: 'top' }, h('h1', {}, 'Knowledge graph explorer'), search.element, h('nav', {}, h('a', { href: '../graphiql' }, 'GraphiQL'))),
    h('div', { class: 'toolbar' }, pathForm, slider.element, h('div', { class: 'buttons' }, undoButton, pngButton), status),
    textLinks.element,
    h('main', { class: 'main' }, h('aside', { class: 'side' }, filters.element, list.element), canvasElement, h('aside', { class: 'side' }, inspector.element)),
  ),
);

const canvas = new GraphCanvas(canvasElement, animate, {
  onNodeTap: (id) => {
    void inspect(id);
    if (expandable(id)) expand(id);
  },
  onEdgeTap: (id) => inspectRelationship(id),
});
// For tests and the curious, in the console: where an entity is drawn, and cytoscape itself.
Object.assign(window, { kgExplorer: { cy: canvas.cy, positionOf: (id: string) => canvas.pagePosition(id) } });

function setStatus(state: 'loading' | 'ready' | 'error', text?: string): void {
  document.body.dataset.status = state;
  status.textContent = text ?? (state === 'loading' ? 'Loading…' : '');
  status.classList.toggle('error', state === 'error');
}

/** Fetches the view and its expansions (the latest call wins), then draws them. */
async function load(reason: 'view' | 'asOf' | 'expand' | 'undo', around?: string): Promise<void> {
  const ticket = ++loads;
  undoButton.disabled = expanded.length === 0;
  const base = data.base(view);
  if (base === undefined) {
    model = composeModel({ nodes: [], relationships: [], truncated: false }, false, []);
    await canvas.render(model, { relayout: true });
    draw();
    return setStatus('ready', 'Search for an entity by name, or ask for a path between two.');
  }
  setStatus('loading');
  try {
    const [graph, expansions] = await Promise.all([base, data.expansions(expanded, view.asOf)]);
    if (ticket !== loads) return;
    const isPath = view.from !== undefined;
    model = composeModel(graph ?? { nodes: [], relationships: [], truncated: false }, isPath, expansions);
    await canvas.render(model, { relayout: reason === 'view', focus: view.focus, around });
    if (ticket !== loads) return;
    draw();
    if (reason === 'view') onViewLoaded(graph);
    setStatus('ready', describe(graph, isPath));
  } catch (error) {
    if (ticket !== loads) return;
    setStatus('error', error instanceof GraphQLRequestError ? error.message : 'Something went wrong; see the console.');
    if (!(error instanceof GraphQLRequestError)) console.error(error);
  }
}

function describe(graph: Subgraph | null, isPath: boolean): string {
  const when = view.asOf === undefined ? '' : ` as of ${view.asOf}`;
  if (isPath) return graph === null ? `No path within 6 relationships${when}.` : `A path of ${graph.relationships.length} relationships${when}.`;
  const notes = [`${model!.nodes.size} entities, ${model!.relationships.size} relationships${when}.`];
  if (graph?.truncated) notes.push(`Only the nearest ${FOCUS_LIMIT} are drawn.`);
  const last = model!.expansions.at(-1);
  if (last !== undefined && last.leftOut > 0) notes.push(`Expanding drew ${last.added} new entities and left ${last.leftOut}${last.truncated ? '+' : ''} out (at most 25 at a time).`);
  return notes.join(' ');
}

/** A new view: show its names in the path fields and open the inspector on its centre. */
function onViewLoaded(graph: Subgraph | null): void {
  const byId = (id: string | undefined): EntityRef | undefined => graph?.nodes.find((node) => node.id === id);
  if (view.from !== undefined) {
    pathFrom.set(byId(view.from) ?? { id: view.from, name: view.from, type: '' });
    pathTo.set(byId(view.to) ?? { id: view.to!, name: view.to!, type: '' });
  }
  const centre = view.focus ?? view.from;
  if (centre !== undefined && model?.nodes.has(centre)) void inspect(centre);
}

/** Redraws the list and applies the filters, without asking the API anything. */
function draw(): void {
  if (model === undefined) return;
  filters.showTypes(new Set([...model.relationships.values()].map((relationship) => relationship.type)));
  canvas.filter(filters.hiddenKinds, filters.hiddenTypes);
  list.render(model, filters.hiddenKinds, filters.hiddenTypes);
}

function navigate(next: ViewState): void {
  view = next;
  expanded = [];
  history.pushState(null, '', `${location.pathname}${viewSearch(view)}`);
  void load('view');
}

const expandable = (id: string): boolean => id !== view.focus && !expanded.includes(id);

function expand(id: string): void {
  if (!expandable(id)) return;
  expanded = [...expanded, id];
  void load('expand', id);
}

function undo(): void {
  if (expanded.length === 0) return;
  expanded = expanded.slice(0, -1);
  void load('undo');
}

async function inspect(id: string): Promise<void> {
  // The latest pick wins, whatever order the answers come back in.
  const ticket = ++inspections;
  canvas.select(id);
  inspector.message('Loading…');
  try {
    const details = await entityDetails(request, id);
    if (ticket !== inspections) return;
    if (details === null) return inspector.message(`No entity with the id “${id}”.`);
    inspector.entity(details, {
      expand: expandable(id) && model?.nodes.has(id) ? () => expand(id) : undefined,
      focus: () => navigate({ focus: id, asOf: view.asOf }),
      pathFrom: () => pathFrom.set(details),
      pathTo: () => pathTo.set(details),
    });
  } catch (error) {
    if (ticket === inspections) inspector.message(error instanceof Error ? error.message : 'The entity could not be loaded.');
  }
}

function inspectRelationship(id: string): void {
  const relationship = model?.relationships.get(id);
  if (relationship === undefined) return;
  inspections++;
  canvas.select(id);
  inspector.relationship(relationship, (entityId) => model?.nodes.get(entityId)?.name ?? entityId);
}

function exportPng(): void {
  const link = h('a', { href: URL.createObjectURL(canvas.png()), download: `knowledge-graph-${view.focus ?? `${view.from}-${view.to}`}.png` });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

pathForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const from = pathFrom.value;
  const to = pathTo.value;
  if (from === undefined || to === undefined) return setStatus('error', 'Pick both ends of the path from the search results.');
  navigate({ from: from.id, to: to.id, asOf: view.asOf });
});
undoButton.addEventListener('click', undo);
pngButton.addEventListener('click', exportPng);
document.addEventListener('keydown', (event) => {
  const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (!typing && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
    event.preventDefault();
    undo();
  }
});
window.addEventListener('popstate', () => {
  view = readViewState(location.search);
  expanded = [];
  slider.set(view.asOf);
  void load('view');
});

slider.set(view.asOf);
void load('view');
