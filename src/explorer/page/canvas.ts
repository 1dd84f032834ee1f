import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular, type Position } from 'cytoscape';
import { canvasStyle } from './canvas-style';
import type { GraphModel } from './graph-model';
import { LAYOUT_SEED, seededRandom } from './prng';

/**
 * The drawing: cytoscape.js on a canvas. It is told the whole model each time and works out what to
 * add and remove, so positions of entities that stay are kept (a slider step or an expansion does not
 * throw the picture around); only a new view is laid out from scratch, from seeded positions.
 */

export interface CanvasEvents {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
}

export interface RenderOptions {
  /** Lay everything out anew (a new focus or path) rather than place new entities near their neighbours. */
  relayout: boolean;
  focus?: string;
  /** The entity just expanded: its new neighbours go around it. */
  around?: string;
}

export class GraphCanvas {
  readonly cy: Core;

  constructor(
    container: HTMLElement,
    private readonly animate: boolean,
    events: CanvasEvents,
  ) {
    this.cy = cytoscape({ container, style: canvasStyle, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3, boxSelectionEnabled: false });
    this.cy.on('tap', 'node', (event) => events.onNodeTap((event.target as NodeSingular).id()));
    this.cy.on('tap', 'edge', (event) => events.onEdgeTap((event.target as EdgeSingular).id()));
  }

  /** Draws the model; resolves once the layout (if any) has stopped. */
  async render(model: GraphModel, options: RenderOptions): Promise<void> {
    const cy = this.cy;
    const wanted = new Set<string>([...model.nodes.keys(), ...model.relationships.keys()]);
    cy.elements().filter((element) => !wanted.has(element.id())).remove();
    const placedBefore = cy.nodes().length;

    const fresh: ElementDefinition[] = [];
    for (const node of model.nodes.values()) {
      if (cy.getElementById(node.id).nonempty()) continue;
      fresh.push({ group: 'nodes', data: { id: node.id, label: node.name, kind: node.type } });
    }
    for (const relationship of model.relationships.values()) {
      if (cy.getElementById(relationship.id).nonempty()) continue;
      fresh.push({ group: 'edges', data: { id: relationship.id, source: relationship.from, target: relationship.to, type: relationship.type } });
    }
    const added = cy.add(fresh).nodes();
    this.mark(model, options.focus);

    // Most of the picture is new: lay it all out. Otherwise only place the newcomers.
    if (options.relayout || added.length > placedBefore) return this.layoutAll();
    this.placeNear(added, options.around);
    if (added.nonempty()) this.fit();
  }

  private mark(model: GraphModel, focus: string | undefined): void {
    const cy = this.cy;
    const onPath = new Set(model.path);
    cy.batch(() => {
      cy.elements().removeClass('focus expanded on-path faded');
      if (focus !== undefined) cy.getElementById(focus).addClass('focus');
      for (const expansion of model.expansions) cy.getElementById(expansion.id).addClass('expanded');
      model.path.forEach((id, index) => cy.getElementById(id).addClass('on-path').data('pathLabel', `${index + 1}. ${cy.getElementById(id).data('label')}`));
      for (const id of model.pathRelationships) cy.getElementById(id).addClass('on-path');
      if (onPath.size > 0) cy.elements().not('.on-path').addClass('faded');
    });
  }

  /** Seeded starting positions, then cytoscape's force-directed layout (cose) from them. */
  private layoutAll(): Promise<void> {
    const random = seededRandom(LAYOUT_SEED);
    this.cy.nodes().forEach((node) => {
      node.position({ x: random() * 800, y: random() * 600 });
    });
    const layout = this.cy.layout({
      name: 'cose',
      randomize: false,
      animate: this.animate,
      animationDuration: 400,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 800_000,
      numIter: 1000,
    });
    const stopped = layout.promiseOn('layoutstop').then(() => undefined);
    layout.run();
    return stopped;
  }

  /** New entities on a ring around the one they hang from (the expanded one, or a drawn neighbour). */
  private placeNear(added: cytoscape.NodeCollection, around: string | undefined): void {
    const groups = new Map<string, NodeSingular[]>();
    added.forEach((node) => {
      const anchor = around !== undefined && node.neighborhood(`#${CSS.escape(around)}`).nonempty() ? around : node.neighborhood('node').not(added).first().id();
      const key = anchor ?? '';
      groups.set(key, [...(groups.get(key) ?? []), node]);
    });
    for (const [anchor, nodes] of groups) {
      const centre: Position = anchor === '' ? { x: 0, y: 0 } : this.cy.getElementById(anchor).position();
      const radius = 110 + nodes.length * 6;
      nodes.forEach((node, index) => {
        const angle = (2 * Math.PI * index) / nodes.length;
        node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
      });
    }
  }

  private fit(): void {
    if (this.animate) this.cy.animate({ fit: { eles: this.cy.elements(':visible'), padding: 40 }, duration: 300 });
    else this.cy.fit(this.cy.elements(':visible'), 40);
  }

  /** Hides entities of the given kinds and relationships of the given types (edges of hidden entities go too). */
  filter(hiddenKinds: ReadonlySet<string>, hiddenTypes: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.toggleClass('hidden', hiddenKinds.has(node.data('kind') as string));
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', hiddenTypes.has(edge.data('type') as string));
      });
    });
  }

  select(id: string | undefined): void {
    this.cy.elements(':selected').unselect();
    if (id !== undefined) this.cy.getElementById(id).select();
  }

  /** The whole drawing as a PNG, at twice the screen's resolution, on white. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' });
  }

  /** Where an entity is drawn, in page coordinates (for pointer tests and debugging). */
  pagePosition(id: string): { x: number; y: number } | undefined {
    const node = this.cy.getElementById(id);
    if (node.empty()) return undefined;
    const box = this.cy.container()!.getBoundingClientRect();
    const rendered = node.renderedPosition();
    return { x: box.left + rendered.x, y: box.top + rendered.y };
  }
}
