// Workload 6's app: what a dashboard that only connects and fetches ships. Built, never run.
import { ScopeTicket, Session } from 'deephaven-rx';

const session = await Session.connect(window.location.origin);
const exported = await session.fetch(ScopeTicket.scopeTicket('t'));
document.body.textContent = exported.toString();
