// An upload's record batches are sized by bytes, not rows: few large messages (over fetch each NextDoPut used to be a
// request of its own), none over the target by more than a row, and every row sent once, in order.
import { Message, RecordBatchReader, Table, tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { MESSAGE_BYTES, rowsPerMessage, uploadMessages, uploadPlan } from '../../../src/table/arrow-write.js';
import { pacedMessages, UPLOAD_BACKLOG_BYTES } from '../../../src/table/paced.js';

function ipcOf(messages: ReturnType<typeof uploadMessages>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const m of messages) {
    const prefix = new Uint8Array(8);
    new DataView(prefix.buffer).setUint32(0, 0xffffffff, true);
    new DataView(prefix.buffer).setInt32(4, m.header.length, true);
    parts.push(prefix, m.header, m.body);
  }
  parts.push(new Uint8Array(8).fill(0, 0, 8));
  new DataView(parts[parts.length - 1]!.buffer).setUint32(0, 0xffffffff, true);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('upload message sizing', () => {
  it('rows per message follow the bytes per row', () => {
    expect(rowsPerMessage(8_000_000, 1_000_000, 1_000_000)).toBe(125_000);
    expect(rowsPerMessage(100, 10, 1_000_000)).toBe(10);
    expect(rowsPerMessage(80, 10, 7)).toBe(1);
    expect(rowsPerMessage(0, 10)).toBe(10);
  });

  it('one batch of 12 bytes a row cut into messages of about the target, every row once, in order', () => {
    const n = 100_000;
    const table = tableFromArrays({ A: Int32Array.from({ length: n }, (_, i) => i), D: Float64Array.from({ length: n }, (_, i) => i / 2) });
    const target = 200_000;
    const messages = uploadMessages(table, target);
    const bodies = messages.slice(1).map((m) => m.body.byteLength);
    expect(messages.length).toBe(1 + Math.ceil(n / Math.floor(target / 12)));
    for (const b of bodies) expect(b).toBeLessThanOrEqual(target + 64);
    const back = new Table(RecordBatchReader.from(ipcOf(messages)).readAll());
    expect(back.numRows).toBe(n);
    expect(back.getChild('A')?.get(n - 1)).toBe(n - 1);
    expect(back.getChild('D')?.get(777)).toBe(388.5);
    expect(back.schema.fields.map((f) => [f.name, String(f.type), f.metadata.get('deephaven:type')])).toEqual([
      ['A', 'Int32', 'int'],
      ['D', 'Float64', 'double'],
    ]);
  });

  it('a small table goes as one batch; the default target is a few MiB', () => {
    const messages = uploadMessages(tableFromArrays({ A: Int32Array.of(1, 2, 3) }));
    expect(messages).toHaveLength(2);
    expect(Message.decode(messages[1]!.header).headerType).toBe(3); // a RecordBatch message
    expect(MESSAGE_BYTES).toBeGreaterThanOrEqual(1 << 20);
  });
});

describe('upload pacing', () => {
  const table = tableFromArrays({ A: Int32Array.from({ length: 10_000 }, (_, i) => i) });

  it('makes each message only when asked, after a turn of the event loop', async () => {
    let made = 0;
    const plan = uploadPlan(table, 4_000);
    const counted = {
      *[Symbol.iterator]() {
        for (const m of plan) {
          made += 1;
          yield m;
        }
      },
    };
    const paced = pacedMessages(counted);
    expect((await paced.next()).done).toBe(false);
    expect(made).toBe(1);
    let turned = false;
    setTimeout(() => {
      turned = true;
    }, 0);
    await paced.next();
    expect(turned).toBe(true);
    expect(made).toBe(2);
    const rest: unknown[] = [];
    for await (const m of paced) rest.push(m);
    expect(made).toBe(1 + Math.ceil(10_000 / 1_000));
  });

  it('waits while the transport backlog is over the limit, and stops waiting at an abort', async () => {
    let backlog = 0;
    const paced = pacedMessages(uploadPlan(table, 4_000), { backlog: () => backlog });
    await paced.next();
    backlog = UPLOAD_BACKLOG_BYTES + 1;
    let second = false;
    const next = paced.next().then(() => {
      second = true;
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(second).toBe(false);
    backlog = 0;
    await next;
    expect(second).toBe(true);
    const abort = new AbortController();
    const stuck = pacedMessages(uploadPlan(table, 4_000), { backlog: () => Infinity, signal: abort.signal });
    const after = stuck.next();
    await new Promise((r) => setTimeout(r, 10));
    abort.abort();
    expect((await after).done).toBe(false);
  });

  it('a plan is made again for each pass (a rebuild sends the data again)', () => {
    const plan = uploadPlan(table, 4_000);
    expect([...plan].length).toBe([...plan].length);
    expect([...plan].length).toBe(11);
  });
});
