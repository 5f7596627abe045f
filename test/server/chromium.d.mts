/** The flags every test launch of Chromium uses. */
export const CHROMIUM_ARGS: readonly string[];
/** The path of a working Chromium, installed with apt-get when missing and running as root. */
export function ensureChromium(): Promise<string>;
