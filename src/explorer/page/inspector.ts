import { kindLabel } from './canvas-style';
import { h } from './dom';
import type { EntityDetails, RelationshipData, SourceRef } from './queries';

/**
 * The inspector: what is known about the entity or relationship picked, and where each fact comes
 * from. Sources are listed by title, each a link to the source in the explorer, and to the original
 * when it has a URL.
 */

export interface EntityActions {
  expand?: () => void;
  focus: () => void;
  pathFrom: () => void;
  pathTo: () => void;
}

export class Inspector {
  readonly element = h('section', { id: 'inspector', class: 'inspector', 'aria-live': 'polite', 'aria-labelledby': 'inspector-heading' });

  constructor() {
    this.message('Pick an entity or a relationship to see its properties and sources.');
  }

  message(text: string): void {
    this.element.replaceChildren(h('h2', { id: 'inspector-heading' }, 'Inspector'), h('p', { class: 'muted' }, text));
  }

  entity(details: EntityDetails, actions: EntityActions): void {
    const rows: Array<[string, string]> = [['Kind', kindLabel(details.type)], ['Id', details.id], ...details.properties];
    if (details.aliases.length > 0) rows.push(['Also', details.aliases.join(', ')]);
    this.element.replaceChildren(
      h('h2', { id: 'inspector-heading' }, details.name),
      details.description === null ? '' : h('p', { class: 'description' }, details.description),
      properties(rows),
      h(
        'div',
        { class: 'actions' },
        actions.expand === undefined ? '' : action('Expand', actions.expand),
        action('Focus here', actions.focus),
        action('Path from here', actions.pathFrom),
        action('Path to here', actions.pathTo),
      ),
      sources(details.sources),
    );
    this.element.dataset.inspected = details.id;
  }

  relationship(relationship: RelationshipData, nameOf: (id: string) => string): void {
    const rows: Array<[string, string]> = [
      ['Type', relationship.type],
      ['From', nameOf(relationship.from)],
      ['To', nameOf(relationship.to)],
    ];
    if (relationship.title !== null) rows.push(['Title', relationship.title]);
    if (relationship.role !== null) rows.push(['Role', relationship.role]);
    if (relationship.since !== null) rows.push(['Since', relationship.since]);
    if (relationship.until !== null) rows.push(['Until', relationship.until]);
    this.element.replaceChildren(
      h('h2', { id: 'inspector-heading' }, `${nameOf(relationship.from)} ${relationship.type} ${nameOf(relationship.to)}`),
      properties(rows),
      sources(relationship.sources),
    );
    this.element.dataset.inspected = relationship.id;
  }
}

function properties(rows: Array<[string, string]>): HTMLDListElement {
  return h('dl', { class: 'properties' }, ...rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
}

function action(text: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button' }, text);
  button.addEventListener('click', onClick);
  return button;
}

function sources(list: SourceRef[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(h('h3', {}, `Sources (${list.length})`));
  fragment.append(
    h(
      'ul',
      { class: 'sources' },
      ...list.map((source) =>
        h(
          'li',
          { 'data-source-id': source.id },
          // The title opens the source in the explorer (its properties, and what rests on it)...
          h('a', { href: `?focus=${encodeURIComponent(source.id)}`, class: 'source-title' }, source.title),
          // ...and the original, when there is one: only http(s), as a URL is data and data must not run script.
          source.url !== null && /^https?:\/\//i.test(source.url)
            ? h('span', {}, ' · ', h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', class: 'source-original' }, 'original'))
            : '',
          source.publishedOn === null ? '' : h('span', { class: 'muted' }, ` (${source.publishedOn})`),
        ),
      ),
    ),
  );
  return fragment;
}
