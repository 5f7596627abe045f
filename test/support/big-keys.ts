// What the scenario of tables keyed past 2^53 (test/scenarios/big-keys.ts) must see, in Node and in Chromium.
import { expect } from 'vitest';

/** Checks the result of `liveBigKeys`. */
export function expectBigKeys(r: Record<string, unknown>): void {
  for (const name of ['big', 'entering', 'leaving', 'joined', 'merged']) {
    expect.soft(r[name], name).toMatchObject({ errors: [], failure: null, finalEqual: true, snapshots: 1 });
    expect.soft(BigInt((r[name] as { lastKey: string }).lastKey), `${name}'s last row key`).toBeGreaterThan(2n ** 53n);
  }
  expect(r['big']).toMatchObject({ size: 2200, updates: 1 });
  expect((r['entering'] as { added: number }).added, JSON.stringify(r['entering'])).toBeGreaterThan(0);
  expect((r['leaving'] as { removed: number }).removed, JSON.stringify(r['leaving'])).toBeGreaterThan(0);
  expect((r['joined'] as { modified: number }).modified, JSON.stringify(r['joined'])).toBeGreaterThan(0);
  expect((r['merged'] as { added: number }).added, JSON.stringify(r['merged'])).toBeGreaterThan(0);
  expect(r['viewport']).toMatchObject({ errors: [], finalEqual: true, first: 2196, totalSize: 2210 });
  console.log(`[big keys] ms since start: ${JSON.stringify(r['ms'])}`);
}
