// The size budget's app: a dashboard that only connects, fetches a table by ticket and reads it as Arrow.
import { ScopeTicket, Session } from 'deephaven-rx';

const session = await Session.connect(window.location.origin);
const exportTicket = await session.fetch(ScopeTicket.scopeTicket('t'));
const table = await session.fetchTable(exportTicket);
document.body.textContent = String((await table.toArrow()).numRows);
