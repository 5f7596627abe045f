import { describe, expect, it } from 'vitest';
import { Code, DeephavenError } from '../../../src/errors.js';
import { ServerObject } from '../../../src/ticket/server-object.js';
import { ApplicationTicket, ExportTicket, ScopeTicket, SharedTicket, ticketFromBytes } from '../../../src/ticket/ticket.js';

const text = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('ticket encodings', () => {
  it('export: e + little-endian int32', () => {
    expect([...ExportTicket.fromId(1).bytes]).toEqual([0x65, 1, 0, 0, 0]);
    expect([...ExportTicket.fromId(0x01020304).bytes]).toEqual([0x65, 4, 3, 2, 1]);
    expect([...ExportTicket.fromId(-1).bytes]).toEqual([0x65, 0xff, 0xff, 0xff, 0xff]);
    expect(ExportTicket.fromId(7).id).toBe(7);
  });

  it('scope and application: UTF-8 paths', () => {
    expect(text(ScopeTicket.scopeTicket('trades').bytes)).toBe('s/trades');
    expect(text(ScopeTicket.scopeTicket('größe').bytes)).toBe('s/größe');
    expect(text(ApplicationTicket.appTicket('my_app', 'f1').bytes)).toBe('a/my_app/f/f1');
  });

  it('shared: h + 16 random bytes, version-4 UUID stored little-endian', () => {
    const a = SharedTicket.randomTicket();
    const b = SharedTicket.randomTicket();
    expect(a.bytes).toHaveLength(17);
    expect(a.bytes[0]).toBe(0x68);
    expect(a.equals(b)).toBe(false);
    const uuidBigEndian = a.id.reverse();
    expect((uuidBigEndian[6] ?? 0) >> 4).toBe(4);
  });

  it('round-trips every kind through its wire bytes', () => {
    const tickets = [
      ExportTicket.fromId(42),
      ExportTicket.fromId(-3),
      ScopeTicket.scopeTicket('t'),
      ApplicationTicket.appTicket('app', 'field/with/slashes'),
      SharedTicket.randomTicket(),
      SharedTicket.fromBytes(new TextEncoder().encode('h/from-js-api')),
    ];
    for (const t of tickets) {
      const back = ticketFromBytes(t.bytes);
      expect(back.kind).toBe(t.kind);
      expect(back.equals(t)).toBe(true);
    }
  });

  it('shared tickets have a copyable text form', () => {
    const t = SharedTicket.randomTicket();
    expect(String(t)).toMatch(/^h[0-9a-f]{32}$/);
    expect(SharedTicket.parse(String(t)).equals(t)).toBe(true);
  });

  it('bytes are copies: callers cannot change a ticket', () => {
    const t = ScopeTicket.scopeTicket('x');
    t.bytes[0] = 0;
    expect(text(t.bytes)).toBe('s/x');
  });

  it.each([
    ['an empty ticket', () => ticketFromBytes(new Uint8Array())],
    ['a short export ticket', () => ticketFromBytes(new Uint8Array([0x65, 1]))],
    ['an unknown prefix', () => ticketFromBytes(new Uint8Array([0x7a, 1, 2]))],
    ['a bare h', () => SharedTicket.fromBytes(new Uint8Array([0x68]))],
    ['a non-h shared ticket', () => SharedTicket.fromBytes(new TextEncoder().encode('s/x'))],
    ['export id 0', () => ExportTicket.fromId(0)],
    ['a fractional export id', () => ExportTicket.fromId(1.5)],
    ['an empty scope name', () => ScopeTicket.scopeTicket('')],
    ['an app id with a slash', () => ApplicationTicket.appTicket('a/b', 'f')],
    ['bad shared text', () => SharedTicket.parse('hxyz')],
    ['a ServerObject without a ticket', () => new ServerObject('Table', 'e1' as never)],
  ])('rejects %s with INVALID_ARGUMENT before any call', (_what, make) => {
    try {
      make();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DeephavenError);
      expect((e as DeephavenError).code).toBe(Code.InvalidArgument);
    }
  });
});
