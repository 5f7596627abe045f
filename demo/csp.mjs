// The demo page's Content-Security-Policy: scripts only from the page's own origin (nothing inline, nothing
// evaluated), connections only to the page's origin (Vite's hot reload) and the Deephaven server, no plugins, no
// <base>, no framing.
//
// The one allowance is for styles: Vite's dev server injects the CSS that modules import (uPlot's) as <style>
// elements, so style-src allows those carrying the page's nonce (Vite's `html.cspNonce`: it writes the nonce into a
// <meta property="csp-nonce"> that its client reads). The nonce is random for each start of the server: this is a
// development server; a production build links its CSS as files and needs no nonce.
import { randomBytes } from 'node:crypto';

/** A fresh nonce for one server run. */
export function newNonce() {
  return randomBytes(18).toString('base64');
}

/**
 * The policy for a page that talks to the Deephaven server at `dhUrl`.
 * @param {string} dhUrl e.g. http://127.0.0.1:10000
 * @param {string} nonce the styles' nonce
 */
export function contentSecurityPolicy(dhUrl, nonce) {
  const server = new URL(dhUrl);
  // The SDK reaches the server over HTTP(S) (gRPC-Web over fetch) and WebSockets (the multiplexed transport).
  const socket = `${server.protocol === 'https:' ? 'wss' : 'ws'}://${server.host}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${server.origin} ${socket}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * A Vite plugin that sends the policy with every response of the dev server (the API reference at /docs, served by
 * its own plugin ahead of this one, keeps TypeDoc's inline scripts and is not covered).
 * @param {string} policy
 */
export function cspPlugin(policy) {
  return {
    name: 'deephaven-rx:csp',
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
