// The seed's example 2 as a dashboard would run it: a script makes a table in a global variable, `fetch` exports
// it by scope ticket, and the export is read as a table (Arrow). Plain JavaScript: every bundler builds it as is.
import { ScopeTicket, Session } from 'deephaven-rx';

/**
 * @param {string} url the Deephaven server
 * @param {string} name a global variable name of its own (consumers run side by side on one server)
 * @param {import('deephaven-rx').SessionOptions} [options]
 */
export async function example2(url, name, options = {}) {
  const session = await Session.connect(url, options);
  try {
    await session.runScript(`from deephaven import empty_table\n${name} = empty_table(20).update('X = i')`);
    const exportTicket = await session.fetch(ScopeTicket.scopeTicket(name));
    const table = await session.fetchTable(exportTicket);
    const data = await table.toArrow();
    const x = Array.from(data.getChild('X')?.toArray() ?? [], Number);
    await session.runScript(`del ${name}`);
    return { transport: session.transport, rows: data.numRows, columns: data.schema.fields.map((f) => f.name), x };
  } finally {
    await session.close();
  }
}
