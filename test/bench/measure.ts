import { performance } from 'node:perf_hooks';

/** Runs `fn` `runs` times (and `after` untimed after each); returns the sorted times in ms. */
export async function timings(
  runs: number,
  fn: (i: number) => Promise<unknown> | unknown,
  after?: () => Promise<unknown>,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
    await after?.();
  }
  return out.sort((a, b) => a - b);
}

export const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)];
export const p95 = (sorted: number[]) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];

/** One line of the results table: a figure, its floor (when it has one) and the target. */
export interface Figure {
  what: string;
  value: string;
  floor: string;
  ratio: string;
  target: string;
  /** Whether the target was met (null: no target, figure only). */
  met: boolean | null;
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function figure(
  what: string,
  value: number,
  unit: (n: number) => string,
  floor: { name: string; value: number } | null,
  target: string,
  met: (value: number, ratio: number | null) => boolean | null,
): Figure {
  const ratio = floor ? value / floor.value : null;
  return {
    what,
    value: unit(value),
    floor: floor ? `${floor.name} ${unit(floor.value)}` : '—',
    ratio: ratio === null ? '—' : `${ratio.toFixed(2)}×`,
    target,
    met: met(value, ratio),
  };
}

export function markdownTable(figures: Figure[]): string {
  const head = ['what', 'figure', 'floor (same run)', 'ratio', 'target', 'met'];
  const lines = [
    head,
    head.map(() => '---'),
    ...figures.map((f) => [f.what, f.value, f.floor, f.ratio, f.target, f.met === null ? '' : f.met ? 'yes' : '**no**']),
  ];
  return lines.map((l) => `| ${l.join(' | ')} |`).join('\n');
}
