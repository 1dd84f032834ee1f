import { KIND_COLOURS, KINDS, kindLabel } from './canvas-style';
import { h } from './dom';

/**
 * The legend doubles as a filter: one checkbox per kind (in its colour) and one per relationship type
 * drawn. Unticking hides them from the canvas and from the list.
 */
export class Filters {
  readonly element: HTMLElement;
  readonly hiddenKinds = new Set<string>();
  readonly hiddenTypes = new Set<string>();
  private readonly types = h('div', { class: 'filter-types' });

  constructor(private readonly onChange: () => void) {
    const kinds = KINDS.map((kind) =>
      this.checkbox(`filter-kind-${kind}`, kindLabel(kind), this.hiddenKinds, kind, h('span', { class: 'swatch', style: `background:${KIND_COLOURS[kind]}`, 'aria-hidden': 'true' })),
    );
    this.element = h(
      'details',
      { class: 'filters', open: true },
      h('summary', {}, 'Legend and filters'),
      h('fieldset', {}, h('legend', {}, 'Kinds'), ...kinds),
      h('fieldset', {}, h('legend', {}, 'Relationship types'), this.types),
    );
  }

  /** Offers a checkbox for each relationship type drawn (and keeps those the person has unticked). */
  showTypes(drawn: Iterable<string>): void {
    const types = [...new Set([...drawn, ...this.hiddenTypes])].sort();
    this.types.replaceChildren(...types.map((type) => this.checkbox(`filter-type-${type}`, type, this.hiddenTypes, type)));
  }

  private checkbox(id: string, text: string, hidden: Set<string>, value: string, swatch?: HTMLElement): HTMLElement {
    const input = h('input', { type: 'checkbox', id, 'data-filter': value, checked: !hidden.has(value) });
    input.addEventListener('change', () => {
      if (input.checked) hidden.delete(value);
      else hidden.add(value);
      this.onChange();
    });
    return h('label', { class: 'filter', for: id }, input, swatch ?? '', ` ${text}`);
  }
}
