import { describe, expect, it } from 'vitest';
import { Code, DeephavenError } from '../../../src/errors.js';
import { PSK_HANDLER, TokenKeeper, credentialsHeader, type Auth } from '../../../src/session/auth.js';

describe('credentialsHeader', () => {
  it('builds the header value of each auth kind as the server expects it', () => {
    expect(credentialsHeader({ type: 'anonymous' })).toBe('Anonymous');
    expect(credentialsHeader({ type: 'psk', key: 's3cret' })).toBe(`${PSK_HANDLER} s3cret`);
    expect(credentialsHeader({ type: 'basic', username: 'ana', password: 'pä:ss' })).toBe(
      `Basic ${Buffer.from('ana:pä:ss').toString('base64')}`,
    );
    expect(credentialsHeader({ type: 'io.example.MyHandler', token: ' tok ' })).toBe('io.example.MyHandler tok');
    expect(credentialsHeader({ type: 'io.example.NoToken' })).toBe('io.example.NoToken');
    expect(credentialsHeader({ type: 'custom', handler: 'io.example.MyHandler', token: ' tok ' })).toBe('io.example.MyHandler tok');
    expect(credentialsHeader({ type: 'custom', handler: PSK_HANDLER, token: 's3cret' })).toBe(
      credentialsHeader({ type: 'psk', key: 's3cret' }),
    );
    expect(credentialsHeader({ type: 'custom', handler: 'io.example.NoToken' })).toBe('io.example.NoToken');
  });

  it('types each kind with the fields it needs: a psk without its key, or a custom auth without its handler, does not compile', () => {
    // @ts-expect-error a pre-shared key auth needs its key
    const noKey: Auth = { type: 'psk' };
    // @ts-expect-error a custom auth needs its handler
    const noHandler: Auth = { type: 'custom', token: 't' };
    // @ts-expect-error basic needs a password
    const noPassword: Auth = { type: 'basic', username: 'ana' };
    // @ts-expect-error an unknown kind (the older handler form takes class names, with a dot)
    const unknown: Auth = { type: 'pks', key: 'k' };
    // The older form still compiles (deprecated): a handler's class name as the type.
    const legacy: Auth = { type: PSK_HANDLER, token: 'k' };
    expect(credentialsHeader(legacy)).toBe(`${PSK_HANDLER} k`);
    for (const auth of [noKey, noHandler, noPassword, unknown]) expect(() => credentialsHeader(auth)).toThrow(DeephavenError);
  });

  it('says what a bad auth needs, at runtime too', () => {
    const message = (auth: unknown): string => {
      try {
        credentialsHeader(auth as Auth);
      } catch (e) {
        expect(e).toMatchObject({ code: Code.InvalidArgument });
        return (e as DeephavenError).rawMessage;
      }
      throw new Error('accepted');
    };
    expect(message({ type: 'psk' })).toMatch(/needs a non-empty `key`/);
    expect(message({ type: 'custom', token: 't' })).toMatch(/needs `handler`/);
    expect(message({ type: 'custom', handler: 'has space' })).toMatch(/without spaces/);
    expect(message({ type: 'pks', key: 'k' })).toMatch(/is one of 'anonymous', 'psk' \(with `key`\).*not "pks"/);
    expect(message(null)).toMatch(/auth is an object .* not null/);
    expect(message('psk')).toMatch(/not string/);
    expect(message({ type: 'custom', handler: 'io.example.H', token: 42 })).toMatch(/`token` is a string/);
  });

  it('rejects unusable auth before any call', () => {
    const bad = [
      { type: 'psk', key: '' },
      { type: 'basic', username: 'x' },
      { type: 'has space' },
      { type: '' },
      { type: 'psk', key: 'k\r\nx-injected: 1' },
      { type: 'io.example.H', token: 't\nx-injected: 1' },
    ];
    for (const auth of bad) {
      expect(() => credentialsHeader(auth as never)).toThrow(DeephavenError);
      try {
        credentialsHeader(auth as never);
      } catch (e) {
        expect((e as DeephavenError).code).toBe(Code.InvalidArgument);
        expect((e as DeephavenError).message).not.toContain('injected');
      }
    }
  });
});

describe('TokenKeeper', () => {
  it('sends the credentials on exactly one call and holds the others until a token arrives', async () => {
    const keeper = new TokenKeeper('Anonymous');
    expect(await keeper.header()).toBe('Anonymous');
    const second = keeper.header();
    const third = keeper.header();
    expect(keeper.adopt(['Bearer t-1'])).toBe(true);
    expect(await second).toBe('Bearer t-1');
    expect(await third).toBe('Bearer t-1');
  });

  it('adopts the newest Bearer value and ignores others', () => {
    const keeper = new TokenKeeper('Anonymous');
    expect(keeper.adopt(['Basic abc'])).toBe(false);
    expect(keeper.adopt(['Bearer a', 'Bearer b'])).toBe(true);
    expect(keeper.current).toBe('b');
    expect(keeper.adopt(['Bearer b'])).toBe(false);
  });

  it('lets a waiting call retry the credentials when the first call failed without a token', async () => {
    const keeper = new TokenKeeper('Anonymous');
    await keeper.header();
    const waiting = keeper.header();
    keeper.firstCallFailed();
    expect(await waiting).toBe('Anonymous');
  });

  it('fails waiting and later calls once the session is over', async () => {
    const keeper = new TokenKeeper('Anonymous');
    await keeper.header();
    const waiting = keeper.header();
    const reason = new DeephavenError(Code.Unauthenticated, 'gone');
    keeper.fail(reason);
    await expect(waiting).rejects.toBe(reason);
    await expect(keeper.header()).rejects.toBe(reason);
  });
});

describe('credentials stay out of sight', () => {
  it('a TokenKeeper shows neither its credentials nor its token to inspect or JSON', async () => {
    const { inspect } = await import('node:util');
    const keeper = new TokenKeeper(`${PSK_HANDLER} key-123456`);
    await keeper.header();
    keeper.adopt(['Bearer token-abcdef']);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the check is that no printing of it shows the key
    for (const text of [inspect(keeper, { depth: 5, showHidden: true }), JSON.stringify(keeper), String(keeper)]) {
      expect(text).not.toContain('key-123456');
      expect(text).not.toContain('token-abcdef');
    }
    expect(keeper.current).toBe('token-abcdef');
  });

  it('an error keeps no credential headers in its metadata', () => {
    const e = new DeephavenError(Code.NotFound, 'missing', {
      metadata: { authorization: ['Bearer token-abcdef'], 'Set-Cookie': ['s=1'], 'grpc-status': ['5'] },
    });
    expect(e.metadata).toEqual({ 'grpc-status': ['5'] });
    expect(JSON.stringify(e)).not.toContain('token-abcdef');
  });
});
