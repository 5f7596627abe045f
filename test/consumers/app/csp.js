// Content-Security-Policy probes: every violation the SDK causes is recorded; `evalBlocked()` proves the policy is in
// force (the page is served with `script-src 'self'`, no 'unsafe-eval') and is called only after the SDK has run.
/** @type {string[]} */
export const violations = [];
globalThis.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
);

export function evalBlocked() {
  try {
    return globalThis['ev' + 'al']('1') !== 1;
  } catch (e) {
    return e instanceof EvalError;
  }
}
