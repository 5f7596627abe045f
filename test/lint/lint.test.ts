import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a tool of `node_modules/.bin` on the whole tree; resolves to its output when it fails, to '' when it passes. */
function findings(tool: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(`${root}node_modules/.bin/${tool}`, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve(err === null ? '' : `${stdout}\n${stderr}`.trim() || err.message);
    });
  });
}

// The same commands as `npm run lint` and `npm run format:check` (package.json); fix with `npm run format` and by hand.
describe.concurrent('the tree is lint- and format-clean', () => {
  it('ESLint (typescript-eslint, type-aware) finds nothing', async () => {
    expect(await findings('eslint', ['--max-warnings', '0', '.'])).toBe('');
  });

  it("Biome's formatter would change nothing", async () => {
    expect(await findings('biome', ['format', '.'])).toBe('');
  });
});
