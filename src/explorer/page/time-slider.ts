import { h } from './dom';
import { isDay } from './url-state';

/**
 * The `asOf` control: a slider over days (arrow keys move a day, Page Up and Down a month or so) and a
 * date field for an exact day, kept in step. Off, every relationship is drawn whatever its dates.
 */

const DAY_MS = 24 * 3600 * 1000;
const FIRST_DAY = '2010-01-01';
/** While the slider is dragged, the graph follows once the hand rests this long. */
const SLIDE_PAUSE_MS = 150;

const toDays = (day: string): number => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const toDay = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);

export class TimeSlider {
  readonly element: HTMLElement;
  private readonly enabled = h('input', { type: 'checkbox', id: 'asof-enabled' });
  private readonly range = h('input', { type: 'range', id: 'asof-range', step: '1', 'aria-label': 'As of (slider)' });
  private readonly date = h('input', { type: 'date', id: 'asof-date', 'aria-label': 'As of (date)' });
  private timer: number | undefined;

  constructor(
    /** Told at once that a change is coming (the page shows it is loading). */
    private readonly onPending: () => void,
    private readonly onChange: (asOf: string | undefined) => void,
  ) {
    const lastDay = new Date().toISOString().slice(0, 10);
    this.range.min = String(toDays(FIRST_DAY));
    this.range.max = String(toDays(lastDay));
    this.date.min = FIRST_DAY;
    this.date.max = lastDay;
    this.element = h(
      'fieldset',
      { class: 'time' },
      h('legend', {}, 'Time'),
      h('label', { for: this.enabled.id }, this.enabled, ' Only relationships that held on'),
      this.date,
      this.range,
    );
    this.enabled.addEventListener('change', () => {
      this.sync();
      this.onPending();
      this.onChange(this.value);
    });
    this.range.addEventListener('input', () => {
      this.date.value = toDay(Number(this.range.value));
      this.onPending();
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.onChange(this.value), SLIDE_PAUSE_MS);
    });
    this.date.addEventListener('change', () => {
      if (!isDay(this.date.value)) return;
      this.range.value = String(toDays(this.date.value));
      this.onPending();
      this.onChange(this.value);
    });
    this.set(undefined);
  }

  get value(): string | undefined {
    return this.enabled.checked && isDay(this.date.value) ? this.date.value : undefined;
  }

  /** Shows the view's `asOf` (from the URL) without telling anyone. */
  set(asOf: string | undefined): void {
    this.enabled.checked = asOf !== undefined;
    const day = asOf ?? this.date.value ?? '';
    this.date.value = isDay(day) ? day : new Date().toISOString().slice(0, 10);
    this.range.value = String(toDays(this.date.value));
    this.sync();
  }

  private sync(): void {
    this.range.disabled = !this.enabled.checked;
    this.date.disabled = !this.enabled.checked;
  }
}
