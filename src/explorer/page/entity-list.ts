import { kindLabel } from './canvas-style';
import { h } from './dom';
import type { GraphModel } from './graph-model';

/**
 * The drawing as HTML beside the canvas: a canvas says nothing to a screen reader or a keyboard. Every
 * entity drawn is an item with `data-entity-id`; those on the highlighted path come first, in path
 * order, with `data-on-path="true"`. Relationships follow in a list of their own.
 */

export interface ListEvents {
  onInspectEntity(id: string): void;
  onExpand(id: string): void;
  onInspectRelationship(id: string): void;
}

export class EntityList {
  readonly element: HTMLElement;
  private readonly entities = h('ol', { id: 'entity-list', class: 'entity-list' });
  private readonly relationships = h('ul', { id: 'relationship-list', class: 'relationship-list' });
  private readonly entityHeading = h('h2', { id: 'entity-list-heading' }, 'Entities drawn');
  private readonly relationshipHeading = h('h2', { id: 'relationship-list-heading' }, 'Relationships drawn');

  constructor(private readonly events: ListEvents) {
    this.entities.setAttribute('aria-labelledby', 'entity-list-heading');
    this.relationships.setAttribute('aria-labelledby', 'relationship-list-heading');
    this.element = h('section', { class: 'drawn', 'aria-label': 'What is drawn' }, this.entityHeading, this.entities, this.relationshipHeading, this.relationships);
  }

  render(model: GraphModel, hiddenKinds: ReadonlySet<string>, hiddenTypes: ReadonlySet<string>): void {
    const onPath = new Map(model.path.map((id, index) => [id, index]));
    const expanded = new Set(model.expansions.map((expansion) => expansion.id));
    const visible = [...model.nodes.values()].filter((node) => !hiddenKinds.has(node.type));
    visible.sort((a, b) => (onPath.get(a.id) ?? Infinity) - (onPath.get(b.id) ?? Infinity) || a.name.localeCompare(b.name));
    this.entities.replaceChildren(
      ...visible.map((node) => {
        const step = onPath.get(node.id);
        const label = step === undefined ? node.name : `${step + 1}. ${node.name}`;
        return h(
          'li',
          { 'data-entity-id': node.id, 'data-kind': node.type, 'data-on-path': step === undefined ? undefined : 'true' },
          h('span', { class: `swatch kind-${node.type.toLowerCase()}`, 'aria-hidden': 'true' }),
          button(label, `Inspect ${node.name}`, () => this.events.onInspectEntity(node.id), 'entity-name'),
          h('span', { class: 'kind' }, kindLabel(node.type)),
          expanded.has(node.id) ? h('span', { class: 'expanded-note' }, 'expanded') : button('Expand', `Expand ${node.name}`, () => this.events.onExpand(node.id), 'expand'),
        );
      }),
    );
    this.entityHeading.textContent = `Entities drawn (${visible.length})`;

    const shown = new Set(visible.map((node) => node.id));
    const edges = [...model.relationships.values()].filter((edge) => !hiddenTypes.has(edge.type) && shown.has(edge.from) && shown.has(edge.to));
    const name = (id: string): string => model.nodes.get(id)?.name ?? id;
    this.relationships.replaceChildren(
      ...edges.map((edge) => {
        const text = `${name(edge.from)} ${edge.type} ${name(edge.to)}`;
        return h(
          'li',
          { 'data-relationship-id': edge.id, 'data-type': edge.type, 'data-on-path': model.pathRelationships.has(edge.id) ? 'true' : undefined },
          button(text, `Inspect relationship: ${text}`, () => this.events.onInspectRelationship(edge.id), 'relationship-name'),
        );
      }),
    );
    this.relationshipHeading.textContent = `Relationships drawn (${edges.length})`;
  }
}

function button(text: string, label: string, onClick: () => void, className: string): HTMLButtonElement {
  const element = h('button', { type: 'button', class: className, 'aria-label': label === text ? undefined : label }, text);
  element.addEventListener('click', onClick);
  return element;
}
