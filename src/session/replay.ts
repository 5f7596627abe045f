import { Code, DeephavenError } from '../errors.js';
import type { ExportTicket } from '../ticket/ticket.js';
import type { ExportRegistry, Recipe } from './export-registry.js';
import { LOST_NAME, type RebuildHost } from './rebuild.js';

/** How long after a new login a name that a rebuild fetches may still be missing (startup scripts still running). */
const LATE_NAMES_MS = 15_000;

/**
 * @internal The replay of a rebuild (loaded only when a session is rebuilt): makes every held export again, in
 * order; a failure marks that export lost and the rebuild goes on. A lost export's id is left holding a failed export
 * on the server ({@link RebuildHost.poison}): the server would make anything built from an id it does not know wait
 * for it forever, while a failed one fails its dependents at once. Returns early once `stopped()` (the session ended).
 */
export async function replayExports(host: RebuildHost, stopped: () => boolean): Promise<void> {
  const exports = host.exports;
  exports.clearLost();
  const loggedInAt = Date.now();
  const entries = exports.entries();
  const whats = new Map(entries.map(([t, r]) => [t.id, r?.what ?? String(t)]));
  const whatOf = (t: ExportTicket): string => whats.get(t.id) ?? String(t);
  for (const [ticket, recipe] of entries) {
    if (stopped()) return;
    if (!exports.holds(ticket)) continue; // released meanwhile
    try {
      if (recipe === undefined)
        throw new DeephavenError(
          Code.FailedPrecondition,
          `${String(ticket)} cannot be made again in a new server session (the SDK does not rebuild this kind of object)`,
        );
      checkNeeds(recipe, exports, whatOf);
      if (recipe.check !== undefined) await untilFound(recipe.check, loggedInAt, stopped);
      await recipe.replay();
    } catch (err) {
      if (stopped()) return;
      const e = DeephavenError.from(err);
      await host.poison(ticket).catch(() => undefined);
      const what = recipe?.what ?? String(ticket);
      // A dependent of a lost export fails on the poisoned id: say so rather than repeat the made-up name.
      const why = e.rawMessage.includes(LOST_NAME) ? 'it was made from an object that could not be made again' : e.rawMessage;
      exports.markLost(
        ticket,
        new DeephavenError(
          e.code === Code.Unavailable ? Code.Unavailable : Code.FailedPrecondition,
          `${what} could not be made again after the server lost the session: ${why}`,
          { method: e.method, cause: e },
        ),
      );
    }
  }
}

/**
 * Throws when an export that `recipe` is made from was released since (the server would wait for it forever) or
 * could not be made again itself.
 */
function checkNeeds(recipe: Recipe, exports: ExportRegistry, whatOf: (t: ExportTicket) => string): void {
  const gone = recipe.needs?.find((t) => !exports.holds(t));
  if (gone !== undefined) throw new DeephavenError(Code.FailedPrecondition, `it was made from ${String(gone)}, which was closed since`);
  const lost = recipe.needs?.find((t) => exports.failure(t) !== undefined);
  if (lost !== undefined)
    throw new DeephavenError(Code.FailedPrecondition, `it was made from ${whatOf(lost)}, which could not be made again`);
}

/**
 * Runs a recipe's check; while it says NOT_FOUND, tries again for a few seconds after the login: a restarted server
 * may answer before its startup scripts have made their variables.
 */
async function untilFound(check: () => Promise<void>, since: number, stopped: () => boolean): Promise<void> {
  for (;;) {
    try {
      await check();
      return;
    } catch (err) {
      if (DeephavenError.from(err).code !== Code.NotFound || stopped() || Date.now() - since > LATE_NAMES_MS) throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
