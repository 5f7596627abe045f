// Scenarios of issue 20's console, downsampling and plotly-express surface. The same code runs in Node
// (integration layer) and in Chromium (browser layer, loaded into the harness page by its test) against the real
// server; each returns plain JSON.
import { filter, firstValueFrom, take, timeout } from 'rxjs';
import { Code, DeephavenError } from '../../src/index.js';
import { connect, type Target } from '../conformance/scenarios.js';

export type { Target };

function unique(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 9)}`;
}

/** `print` from runScript arrives on logs$; a later subscriber gets it again from the server's replay. */
export async function logsPrint(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const word = unique('hello');
    const live = firstValueFrom(s.logs$.pipe(filter((e) => e.level === 'STDOUT' && e.message.includes(word)), timeout(30_000)));
    // The stream is open once the server replays; give it the first line before printing.
    await firstValueFrom(s.logs$.pipe(take(1), timeout(30_000)));
    await new Promise((r) => setTimeout(r, 300));
    await s.runScript(`print("${word}")`);
    const seen = await live;
    const replayed = await firstValueFrom(s.logs$.pipe(filter((e) => e.level === 'STDOUT' && e.message.includes(word)), timeout(30_000)));
    return {
      level: seen.level,
      message: seen.message.trimEnd(),
      timeIsDate: seen.time instanceof Date && Math.abs(seen.time.getTime() - Date.now()) < 600_000,
      replayed: replayed.message.trimEnd() === word && replayed.micros === seen.micros,
    };
  } finally {
    await s.close();
  }
}

/** Completions of half-typed names an earlier script made; several calls share one stream; bad positions fail first. */
export async function completions(t: Target): Promise<Record<string, unknown>> {
  const s = await connect(t);
  try {
    const name = unique('dhrx_completion');
    await s.runScript(`${name} = 42\n${name}_other = 'x'`);
    const half = name.slice(0, -3);
    const one = await s.completions(half, half.length);
    const code = `x = 1\ny = ${half}`;
    const [two, three] = await Promise.all([s.completions(code, code.length), s.completions('pri', 3)]);
    const badPosition = await s.completions('abc', 4).then(
      () => null,
      (e: unknown) => (e instanceof DeephavenError ? Code[e.code] : String(e)),
    );
    const mine = one.find((c) => c.label === name);
    const later = await s.completions(half, half.length);
    return {
      labels: one.map((c) => c.label).filter((l) => l.startsWith(half)).sort(),
      kind: mine?.kind,
      insertText: mine?.insertText,
      range: mine === undefined ? null : [mine.from, mine.to],
      secondLine: two.filter((c) => c.label === name).map((c) => [code.slice(0, c.from) + c.insertText + code.slice(c.to)]),
      print: three.some((c) => c.label === 'print'),
      badPosition,
      again: later.some((c) => c.label === name),
      name,
    };
  } finally {
    await s.close();
  }
}

