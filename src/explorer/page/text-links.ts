import { h } from './dom';
import type { Request } from './graphql';
import { findMentions, type TextMention } from './queries';

/**
 * "Link a text": a pasted article comes back with the entities it names highlighted, each a link that
 * focuses the graph on its entity. Mentions with no sure entity are marked but not linked.
 */
export class TextLinks {
  readonly element: HTMLElement;
  private readonly input = h('textarea', { id: 'mention-text', rows: '4', placeholder: 'Paste an article (English or Japanese)…', 'aria-label': 'Text to link' });
  private readonly output = h('div', { id: 'mention-output', class: 'mention-output', 'aria-live': 'polite' });
  private asks = 0;

  constructor(
    private readonly request: Request,
    private readonly onFocus: (id: string) => void,
  ) {
    const button = h('button', { type: 'submit', id: 'find-mentions' }, 'Find mentions');
    const form = h('form', { class: 'mention-form', 'aria-label': 'Link a text to the graph' }, this.input, button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.link();
    });
    this.element = h('details', { class: 'text-links' }, h('summary', {}, 'Link a text'), form, this.output);
  }

  private async link(): Promise<void> {
    const text = this.input.value;
    const ask = ++this.asks;
    if (text.trim() === '') return void this.output.replaceChildren('Paste a text first.');
    this.output.replaceChildren('Linking…');
    try {
      const mentions = await findMentions(this.request, text);
      if (ask === this.asks) this.show(text, mentions);
    } catch (error) {
      if (ask === this.asks) this.output.replaceChildren(error instanceof Error ? error.message : 'The text could not be linked.');
    }
  }

  /** The text as written, each mention a link (or a mark when unsure); offsets are JavaScript string indices. */
  private show(text: string, mentions: readonly TextMention[]): void {
    const parts: Array<Node | string> = [];
    let at = 0;
    for (const mention of mentions) {
      parts.push(text.slice(at, mention.start));
      const span = text.slice(mention.start, mention.end);
      if (mention.entity === null) {
        parts.push(h('mark', { title: `Unsure: ${mention.candidates.join(', ')}` }, span));
      } else {
        const { id, name, type } = mention.entity;
        const link = h('a', { href: `?focus=${encodeURIComponent(id)}`, class: 'mention', 'data-entity': id, title: `${name} (${type.toLowerCase()})` }, span);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          this.onFocus(id);
        });
        parts.push(link);
      }
      at = mention.end;
    }
    parts.push(text.slice(at));
    const linked = mentions.filter((mention) => mention.entity !== null).length;
    this.output.replaceChildren(h('p', { class: 'mention-summary' }, `${linked} of ${mentions.length} mentions linked.`), h('p', { class: 'mention-text' }, ...parts));
  }
}
