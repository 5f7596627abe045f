import { describe, expect, it } from 'vitest';
import { normaliseUrl } from '../../../src/session/url.js';
import { certificateFailure } from '../../../src/transport/tls-error.js';

describe('certificateFailure', () => {
  it('names a refused certificate from the error or its cause, with what to do', () => {
    const tls = Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    const stream = new Error('The pending stream has been canceled', { cause: tls });
    expect(certificateFailure(stream)).toMatch(
      /^certificate verify failed: self-signed certificate \(DEPTH_ZERO_SELF_SIGNED_CERT\); trust the server's certificate authority/,
    );
    const name = Object.assign(new Error("Hostname/IP does not match certificate's altnames"), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(certificateFailure(name)).toMatch(/another host name/);
    expect(certificateFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(certificateFailure('text')).toBeUndefined();
  });

  it('a server URL with credentials is refused without repeating them', () => {
    expect(() => normaliseUrl('http://ana:hunter2@localhost:10000')).toThrow(/must not carry credentials/);
    try {
      normaliseUrl('http://ana:hunter2@localhost:10000');
    } catch (e) {
      expect(String(e)).not.toContain('hunter2');
    }
  });
});
