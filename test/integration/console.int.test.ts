// Issue 20's console surface in Node against the real server, over every Node transport (the Open/Next emulation
// of the autocomplete stream runs in Chromium over fetch: Node's fetch speaks HTTP/1.1, which carries no credentials).
import { describe, expect, inject, it } from 'vitest';
import * as sc from '../scenarios/console.js';

const targets: [string, sc.Target][] = [
  ['websocket-multiplex', { url: inject('dhUrl'), transport: 'websocket-multiplex' }],
  ['node-http2 (h2c)', { url: inject('dhUrl'), transport: 'node-http2' }],
  ['node-http2 (h2, TLS)', { url: inject('dhUrlTls'), transport: 'node-http2', tls: { ca: inject('tlsCert') } }],
];

describe('console logs', () => {
  it('print from runScript arrives on logs$ (STDOUT), and a later subscriber gets it from the replay', async () => {
    expect(await sc.logsPrint(targets[0]![1])).toMatchObject({ level: 'STDOUT', timeIsDate: true, replayed: true });
  });
});

describe.each(targets)('console completions in Node over %s', (_name, t) => {
  it('completes half-typed names an earlier script made, on one stream; rejects a position outside the code', async () => {
    if (t.url === '') return;
    const r = await sc.completions(t);
    const name = r['name'] as string;
    expect(r).toMatchObject({
      labels: [name, `${name}_other`],
      insertText: name,
      secondLine: [[`x = 1\ny = ${name}`]],
      print: true,
      badPosition: 'InvalidArgument',
      again: true,
    });
  });
});
