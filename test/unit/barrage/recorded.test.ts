// Messages recorded from a real Deephaven 42.7 server (a ticking last_by + sort_descending: adds, removes, shifts and
// modifications), replayed through the whole client side of a subscription (decoding, assembling, reducing) by a fake
// exchange: the final state equals the server's final snapshot, and every update is consistent.
import { readFileSync } from 'node:fs';
import { Field, Int32, Schema, Utf8, Timestamp, TimeUnit } from 'apache-arrow';
import { from, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { FlightMessage } from '../../../src/arrow/ipc-message.js';
import type { ExchangeHost } from '../../../src/barrage/exchange.js';
import { tableUpdates } from '../../../src/table/live.js';

interface Recording {
  messages: { header: string; body: string; appMetadata: string }[];
  final: [number, number, string][];
}

const recording = JSON.parse(readFileSync(new URL('./recorded/last-by-sorted.json', import.meta.url), 'utf8')) as Recording;
const bytes = (b64: string): Uint8Array => new Uint8Array(Buffer.from(b64, 'base64'));

function replayHost(sent: Uint8Array[]): ExchangeHost {
  return {
    open: () => ({
      messages$: from(
        recording.messages.map((m): FlightMessage => ({ header: bytes(m.header), body: bytes(m.body), appMetadata: bytes(m.appMetadata) })),
      ),
      send: (md) => sent.push(md),
      end: () => undefined,
    }),
    canRetry: () => false,
  };
}

describe('a recorded subscription replayed', () => {
  it('ends in the server final state; sizes add up on every update', async () => {
    const sent: Uint8Array[] = [];
    const schema = new Schema([
      new Field('Timestamp', new Timestamp(TimeUnit.NANOSECOND, 'UTC'), true),
      new Field('I', new Int32(), true),
      new Field('K', new Int32(), true),
      new Field('S', new Utf8(), true),
    ]);
    const updates = await lastValueFrom(
      tableUpdates({ ticketBytes: new Uint8Array([0x65, 1, 0, 0, 0]), schema, isRefreshing: true, host: replayHost(sent) }).pipe(toArray()),
    );
    expect(sent).toHaveLength(1);
    expect(updates[0]?.isSnapshot).toBe(true);
    expect(updates.length).toBeGreaterThan(3);
    let size = 0;
    for (const u of updates) {
      if (!u.isSnapshot) expect(size - u.removed.size + u.added.size).toBe(u.size);
      size = u.size;
      expect(u.table.numRows).toBe(u.size);
    }
    const last = updates[updates.length - 1];
    const t = last?.table;
    const rows = Array.from({ length: t?.numRows ?? 0 }, (_, i) => [
      t?.getChild('I')?.get(i),
      t?.getChild('K')?.get(i),
      t?.getChild('S')?.get(i),
    ]);
    expect(rows).toEqual(recording.final);
    expect(updates.some((u) => u.removed.size > 0)).toBe(true);
  });
});
