import { kindLabel } from './canvas-style';
import { h } from './dom';
import type { Request } from './graphql';
import { searchEntities, type EntityRef } from './queries';

/**
 * A search box that picks one entity: the API's `search` (Latin or Japanese script, prefixes, small
 * typos) as the person types, hits in a listbox, arrows and Enter or a click to pick (the ARIA
 * combobox pattern). Used for the main search and for both ends of a path.
 */

/** Typing pauses this long before a search is sent: one request per word, not per key. */
const TYPING_PAUSE_MS = 200;

export class EntityPicker {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private hits: Array<EntityRef & { aliases: string[] }> = [];
  private active = -1;
  private timer: number | undefined;
  /** Only the answer to the latest text is shown, whatever order answers arrive in. */
  private asked = 0;
  private picked: EntityRef | undefined;

  constructor(
    private readonly request: Request,
    label: string,
    /** Unique on the page: the input is `#picker-<name>-input`. */
    name: string,
    private readonly onPick: (entity: EntityRef) => void,
  ) {
    const id = `picker-${name}`;
    this.input = h('input', {
      id: `${id}-input`,
      name,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-listbox`,
      placeholder: 'Name, in Latin or Japanese script',
    });
    this.listbox = h('ul', { id: `${id}-listbox`, role: 'listbox', class: 'hits', hidden: true, 'aria-label': `${label}: results` });
    this.element = h('div', { class: 'picker' }, h('label', { for: this.input.id }, label), this.input, this.listbox);
    this.input.addEventListener('input', () => this.typed());
    this.input.addEventListener('keydown', (event) => this.key(event));
    this.input.addEventListener('blur', () => window.setTimeout(() => this.close(), 150));
  }

  /** The entity picked last, or one set from the URL. */
  get value(): EntityRef | undefined {
    return this.picked;
  }

  set(entity: EntityRef | undefined): void {
    this.picked = entity;
    this.input.value = entity?.name ?? '';
  }

  private typed(): void {
    this.picked = undefined;
    window.clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text === '') return this.close();
    this.timer = window.setTimeout(() => void this.search(text), TYPING_PAUSE_MS);
  }

  private async search(text: string): Promise<void> {
    const ask = ++this.asked;
    let hits: Array<EntityRef & { aliases: string[] }>;
    try {
      hits = await searchEntities(this.request, text);
    } catch (error) {
      if (ask === this.asked) this.show([], error instanceof Error ? error.message : 'The search failed.');
      return;
    }
    if (ask === this.asked) this.show(hits, hits.length === 0 ? `Nothing found for “${text}”.` : undefined);
  }

  private show(hits: Array<EntityRef & { aliases: string[] }>, message: string | undefined): void {
    this.hits = hits;
    this.active = hits.length > 0 ? 0 : -1;
    const options = hits.map((hit, index) => {
      const alias = hit.aliases.find((name) => /[\u0250-\uffff]/.test(name));
      const option = h(
        'li',
        { id: `${this.listbox.id}-${index}`, role: 'option', 'data-hit-id': hit.id, 'aria-selected': index === this.active ? 'true' : 'false' },
        h('span', { class: 'hit-name' }, hit.name),
        alias === undefined ? '' : h('span', { class: 'hit-alias', lang: 'ja' }, ` ${alias}`),
        h('span', { class: 'kind' }, ` ${kindLabel(hit.type)}`),
      );
      // mousedown, not click: it comes before the input's blur closes the list.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.pick(index);
      });
      return option;
    });
    this.listbox.replaceChildren(...(message === undefined ? options : [h('li', { class: 'hits-message', role: 'option', 'aria-disabled': 'true' }, message)]));
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  private key(event: KeyboardEvent): void {
    if (this.listbox.hidden || this.hits.length === 0) {
      if (event.key === 'Enter') event.preventDefault();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.active >= 0) this.pick(this.active);
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  private highlight(): void {
    [...this.listbox.children].forEach((option, index) => option.setAttribute('aria-selected', index === this.active ? 'true' : 'false'));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `${this.listbox.id}-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    this.set(hit);
    this.close();
    this.onPick(hit);
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
