import { Code, DeephavenError } from '../errors.js';

/** @internal `http://host:port[/path]` without a trailing slash; rejects what is not an http(s) URL. */
export function normaliseUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    throw new DeephavenError(
      Code.InvalidArgument,
      `not a valid server URL: ${JSON.stringify(String(url))} (expected e.g. http://localhost:10000)`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new DeephavenError(
      Code.InvalidArgument,
      `the server URL must start with http:// or https://, got ${JSON.stringify(String(url))}`,
    );
  // Credentials in a URL would be shown wherever the URL is (errors, logs): refused without echoing them.
  if (parsed.username !== '' || parsed.password !== '')
    throw new DeephavenError(
      Code.InvalidArgument,
      `the server URL must not carry credentials (user:password@): pass them as \`auth\` (${parsed.origin.replace('//', '//…@')})`,
    );
  if (parsed.search !== '' || parsed.hash !== '')
    throw new DeephavenError(Code.InvalidArgument, `the server URL must not have a query or fragment: ${JSON.stringify(String(url))}`);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
