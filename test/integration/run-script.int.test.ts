import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Code, DeephavenError, Session } from '../../src/index.js';

let session: Session;

beforeAll(async () => {
  session = await Session.connect(inject('dhUrl'));
});

afterAll(async () => {
  await session?.close();
});

describe('runScript', () => {
  it('runs Python and reports the variables it created, with their types', async () => {
    const changes = await session.runScript(
      'from deephaven import empty_table\nfrom dhrx_echo import Echo\nrs_table = empty_table(3)\nrs_echo = Echo()\nrs_plain = 42',
    );
    const created = Object.fromEntries(changes.created.map((f) => [f.name, f]));
    expect(created['rs_table']).toMatchObject({ type: 'Table', applicationId: 'scope' });
    expect(created['rs_table']?.ticket.kind).toBe('scope');
    expect(String(created['rs_table']?.ticket)).toBe('ScopeTicket(rs_table)');
    expect(created['rs_echo']).toMatchObject({ type: 'deephaven-rx.Echo' });
    expect(created['rs_plain']).toBeUndefined();
  });

  it('reports updates and removals', async () => {
    const changes = await session.runScript('rs_table = rs_table.update("X = i")\ndel rs_echo');
    expect(changes.updated.map((f) => f.name)).toContain('rs_table');
    expect(changes.removed.map((f) => f.name)).toContain('rs_echo');
  });

  it('rejects a script error with the server message, and the session keeps working', async () => {
    const err = await session.runScript('def broken(:\n  pass').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeephavenError);
    expect((err as DeephavenError).code).toBe(Code.InvalidArgument);
    expect((err as DeephavenError).message).toMatch(/SyntaxError/);
    const again = await session.runScript('rs_after_error = rs_table');
    expect(again.created.map((f) => f.name)).toEqual(['rs_after_error']);
  });

  it('runs concurrent scripts on one lazily started console', async () => {
    const results = await Promise.all([1, 2, 3].map((i) => session.runScript(`rs_c${i} = rs_table`)));
    expect(results.map((r) => r.created[0]?.name)).toEqual(['rs_c1', 'rs_c2', 'rs_c3']);
  });

  it('runs with systemic true and false (both accepted by the server: it refuses values it does not know)', async () => {
    // The effect is seen in client-certificate.int.test.ts, on a server that marks systemic objects.
    const yes = await session.runScript('rs_sys_yes = empty_table(1)', { systemic: true });
    const no = await session.runScript('rs_sys_no = empty_table(1)', { systemic: false });
    expect([...yes.created, ...no.created].map((f) => f.name)).toEqual(['rs_sys_yes', 'rs_sys_no']);
    const err = await session.runScript('x = 1', { systemic: 'yes' as unknown as boolean }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeephavenError);
    expect((err as DeephavenError).message).toMatch(/systemic as true or false/);
  });
});
