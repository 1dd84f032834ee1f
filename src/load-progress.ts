import { Presets, SingleBar } from 'cli-progress';

/**
 * The progress bar of a large load (`npm run seed`, the bench): records written, the rate and the
 * time left, on stderr. Without a terminal (CI, a log file) it prints a line every 10 s, so a long
 * load still shows it is moving; a small load shows nothing, as a bar would only flicker.
 */

/** Below this many records a load takes a moment. */
const THRESHOLD = 2000;

export interface LoadProgress {
  /** Records written so far (of `total`, which may be corrected upwards). */
  update: (done: number, total?: number) => void;
  stop: () => void;
}

export function loadProgress(label: string, total: number, phase = ''): LoadProgress {
  if (total <= THRESHOLD) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} records | {rate} records/s | {eta_formatted} left{phase}`,
      stream: process.stderr,
      fps: 4,
      etaBuffer: 50,
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  const payload = (done: number): Record<string, string> => ({
    rate: String(Math.round(done / Math.max(0.001, (performance.now() - started) / 1000))),
    phase,
  });
  bar.start(total, 0, payload(0));
  return {
    update(done, newTotal) {
      if (newTotal !== undefined && newTotal !== bar.getTotal()) bar.setTotal(newTotal);
      bar.update(done, payload(done));
    },
    stop: () => bar.stop(),
  };
}
