import { describe, expect, it } from 'vitest';
import { Code, DeephavenError, SessionClosedError, codeName } from '../../src/errors.js';

describe('DeephavenError', () => {
  it('carries the code, the raw message and the method, and says them in its message', () => {
    const e = new DeephavenError(Code.NotFound, 'no such table', { method: 'pkg.Svc/M' });
    expect(e.code).toBe(5);
    expect(e.rawMessage).toBe('no such table');
    expect(e.method).toBe('pkg.Svc/M');
    expect(e.message).toBe('[NOT_FOUND] no such table (pkg.Svc/M)');
    expect(e).toBeInstanceOf(Error);
  });

  it('names codes as gRPC spells them', () => {
    expect(codeName(Code.FailedPrecondition)).toBe('FAILED_PRECONDITION');
    expect(codeName(Code.Ok)).toBe('OK');
    expect(codeName(99 as Code)).toBe('CODE_99');
  });

  it('recognises an error from another copy of the SDK', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('deephaven-rx.DeephavenError')]: true });
    expect(foreign instanceof DeephavenError).toBe(true);
    expect(new Error('x') instanceof DeephavenError).toBe(false);
  });

  it('wraps anything thrown', () => {
    const abort = Object.assign(new Error('stop'), { name: 'AbortError' });
    expect(DeephavenError.from(abort).code).toBe(Code.Cancelled);
    expect(DeephavenError.from('boom').code).toBe(Code.Unknown);
    const same = new DeephavenError(Code.Internal, 'x');
    expect(DeephavenError.from(same)).toBe(same);
  });

  it('keeps subclasses apart', () => {
    const closed = new SessionClosedError('expired');
    expect(closed).toBeInstanceOf(DeephavenError);
    expect(closed).toBeInstanceOf(SessionClosedError);
    expect(new DeephavenError(Code.Unknown, 'x')).not.toBeInstanceOf(SessionClosedError);
    expect(closed.code).toBe(Code.Unauthenticated);
    expect(new SessionClosedError('closed').code).toBe(Code.FailedPrecondition);
  });

  it("gives each way a session ends its code: a lost connection or the server's shutdown is UNAVAILABLE", () => {
    expect(new SessionClosedError('connection-lost').code).toBe(Code.Unavailable);
    expect(new SessionClosedError('server-shutdown').code).toBe(Code.Unavailable);
    expect(new SessionClosedError('expired').code).toBe(Code.Unauthenticated);
    expect(new SessionClosedError('closed').code).toBe(Code.FailedPrecondition);
    expect(new SessionClosedError('connection-lost').message).toMatch(/^\[UNAVAILABLE\] the connection to the server was lost/);
  });
});
