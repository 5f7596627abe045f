// The benchmark's results table: per workload, each client's median/min/max and deephaven-rx's ratios to each
// peer and to its own transport's raw receive; then where deephaven-rx's time went in workload 1.
import { JS, PY, RAW, RAW_FETCH, type Profile } from './clients.js';

/** One line of the results table. Times in `unit`; `na` holds the reason a client could not do the workload. */
export interface Row {
  readonly workload: string;
  readonly client: string;
  readonly unit: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Which way is better for this unit. */
  readonly higherIsBetter: boolean;
  /** Figures derived from the samples (rows/s, MB/s, peak memory, p99, messages/s). */
  readonly extra: Readonly<Record<string, number>>;
  readonly samples: readonly number[];
  readonly na?: string;
}

export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

export function mb(bytes: number): number {
  return bytes / 1e6;
}

/** Prints the results table: per workload, each client's median/min/max and deephaven-rx's ratio to each peer. */
export function report(
  rows: readonly Row[],
  profiles: readonly { table: string; client: string; profile: Profile }[],
  run: { scale: number; reps: number; url: string; memory: boolean },
): void {
  const fmt = (x: number): string => (Number.isNaN(x) ? '' : x >= 1000 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(3));
  const lines = [
    '',
    `deephaven-rx benchmark: scale ${run.scale}, ${run.reps} repetitions after a warm-up, clients alternating; server ${run.url}`,
    'ratio = deephaven-rx ÷ peer, oriented so that above 1 means deephaven-rx is better (faster, more ops/s, smaller)',
    '',
  ];
  const header = [
    'workload',
    'client',
    'median',
    'min',
    'max',
    'unit',
    'details',
    'vs pydeephaven',
    'vs JS API',
    'vs raw (receive / fetch)',
  ];
  const table: string[][] = [];
  for (const r of rows) {
    const ratio = (peerLabel: string): string => {
      const p = rows.find((x) => x.workload === r.workload && x.client === peerLabel);
      if (!r.client.startsWith('deephaven-rx') || r.client === peerLabel || r.na !== undefined || p === undefined || p.na !== undefined)
        return '';
      const x = r.higherIsBetter ? r.median / p.median : p.median / r.median;
      return Number.isFinite(x) ? `${x.toFixed(2)}×` : '';
    };
    const details =
      r.na ??
      Object.entries(r.extra)
        .map(([k, v]) => (k === 'polled' ? 'polls (no live map)' : `${k} ${fmt(v)}`))
        .join(', ');
    table.push([
      r.workload,
      r.client,
      r.na ? 'n/a' : fmt(r.median),
      fmt(r.min),
      fmt(r.max),
      r.unit,
      details,
      ratio(PY),
      ratio(JS),
      ratio(`${r.client}${RAW}`) || ratio(`${r.client}${RAW_FETCH}`),
    ]);
  }
  const widths = header.map((h, i) => Math.min(i === 6 ? 60 : 80, Math.max(h.length, ...table.map((t) => (t[i] ?? '').length))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  lines.push(line(header));
  let previous = '';
  for (const t of table) {
    if (t[0] !== previous && previous !== '') lines.push('');
    previous = t[0] ?? '';
    lines.push(line(t));
  }
  lines.push(
    '',
    "longest task ms, blocked ms (Chromium clients): the page's longest main-thread task during a call (largest of the repetitions) and its time blocked (over 50 ms per task, median)",
  );
  if (!run.memory) lines.push('', 'peak MB: not measured (needs Linux /proc/<pid>/clear_refs)');
  else
    lines.push(
      '',
      "peak MB: growth of the client process's peak resident memory during one read (largest of the repetitions); Chromium: its renderer",
    );
  if (profiles.length > 0) {
    lines.push('', "Where deephaven-rx's time goes in workload 1 (one more read each, profiled; ms):");
    for (const { table, client, profile } of profiles) {
      const steps = Object.entries(profile.steps)
        .filter(([k]) => !['rows', 'messages', 'MB'].includes(k))
        .map(([k, v]) => `${k} ${fmt(v)}`)
        .join(', ');
      const total = Object.values(profile.cpu).reduce((a, b) => a + b, 0);
      const cpu = Object.entries(profile.cpu)
        .sort((a, b) => b[1] - a[1])
        .filter(([, v]) => v >= total * 0.02)
        .map(([k, v]) => `${k} ${fmt(v)} (${((v / total) * 100).toFixed(0)}%)`)
        .join(', ');
      lines.push(`  ${table} · ${client} · ${profile.steps['messages'] ?? '?'} messages`, `    steps: ${steps}`, `    CPU:   ${cpu}`);
    }
  }
  console.log(lines.join('\n'));
}
