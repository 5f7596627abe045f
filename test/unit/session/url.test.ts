import { describe, expect, it } from 'vitest';
import { Code, DeephavenError } from '../../../src/errors.js';
import { normaliseUrl } from '../../../src/session/url.js';

describe('normaliseUrl', () => {
  it('keeps origin and path, drops trailing slashes', () => {
    expect(normaliseUrl('http://localhost:10000/')).toBe('http://localhost:10000');
    expect(normaliseUrl(new URL('https://dh.example.com/proxy/dh//'))).toBe('https://dh.example.com/proxy/dh');
  });

  it.each([
    ['localhost:10000', /not a valid server URL|must start with http/],
    ['not a url', /not a valid server URL/],
    ['ftp://host', /must start with http/],
    ['http://host:10000/?psk=x', /query or fragment/],
  ])('rejects %s with a clear message', (input, message) => {
    try {
      normaliseUrl(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DeephavenError);
      expect((e as DeephavenError).code).toBe(Code.InvalidArgument);
      expect((e as DeephavenError).message).toMatch(message);
    }
  });
});
