"""The reference client for interop tests: pydeephaven, driven over stdin/stdout as JSON lines.

Each request is one JSON object {"op": ..., ...}; each answer one JSON object {"ok": true, ...} or
{"ok": false, "error": "..."}. The session stays open between requests, so what it publishes stays published.
Tickets travel as hex of their wire bytes (prefix included).
"""
import faulthandler
import gc
import json
import signal
import sys
import time

import pyarrow as pa
from pydeephaven import Session
from pydeephaven.ticket import ServerObject, SharedTicket

session = None
held = []  # objects kept alive so that what they back stays published


def connect(req):
    global session
    kwargs = {"host": req.get("host", "127.0.0.1"), "port": int(req["port"])}
    if req.get("psk"):
        kwargs.update(auth_type="io.deephaven.authentication.psk.PskAuthenticationHandler", auth_token=req["psk"])
    session = Session(**kwargs)
    return {}


def run(req):
    session.run_script(req["code"])
    return {}


def publish_table(req):
    table = session.open_table(req["name"])
    ticket = SharedTicket.random_ticket()
    session.publish_table(ticket, table)
    held.append(table)
    return {"ticket": ticket.bytes.hex()}


def publish_object(req):
    """The seed's first example: plugin_client, fetch, publish."""
    obj = session.exportable_objects[req["name"]]
    client = session.plugin_client(obj)
    export = session.fetch(client)
    ticket = SharedTicket.random_ticket()
    session.publish(export, ticket)
    held.append(client)
    return {"ticket": ticket.bytes.hex(), "type": obj.type}


def table_ipc(req):
    """Fetches a table by shared ticket and writes pydeephaven's to_arrow() as an Arrow IPC stream file."""
    table = session.fetch_table(SharedTicket(bytes.fromhex(req["ticket"])))
    data = table.to_arrow()
    with pa.OSFile(req["path"], "wb") as sink:
        with pa.ipc.new_stream(sink, data.schema) as writer:
            writer.write_table(data)
    return {"rows": data.num_rows}


def read_object(req):
    """The seed's third example: a plugin client on a shared ticket; the first message and its references."""
    client = session.plugin_client(ServerObject(type=req["type"], ticket=SharedTicket(bytes.fromhex(req["ticket"]))))
    try:
        payload, refs = next(client.resp_stream)
        out = {"payload": payload.hex(), "refs": []}
        for ref in refs:
            entry = {"type": ref.type}
            if ref.type == "Table":
                table = ref.fetch()
                entry["columns"] = table.to_arrow().to_pydict()
                entry["columns"] = {k: [None if v is None else float(v) for v in vals] for k, vals in entry["columns"].items()}
            out["refs"].append(entry)
        return out
    finally:
        client.close()


_tables = {}  # name -> table opened by bench_snapshot, kept across repetitions


def bench_snapshot(req):
    """Seconds for one to_arrow() read of a scope table (opened once and kept), and its rows."""
    import time
    name = req["name"]
    table = _tables.get(name)
    if table is None:
        table = _tables[name] = session.open_table(name)
    t0 = time.perf_counter()
    rows = table.to_arrow().num_rows
    return {"seconds": time.perf_counter() - t0, "rows": rows}


def bench_close_tables(req):
    for table in _tables.values():
        table.close()
    _tables.clear()
    return {}


def bench_connect(req):
    """Milliseconds for a new session to authenticate, open a small scope table and read it."""
    import time
    t0 = time.perf_counter()
    kwargs = {"host": session.host, "port": session.port}
    if req.get("psk"):
        kwargs.update(auth_type="io.deephaven.authentication.psk.PskAuthenticationHandler", auth_token=req["psk"])
    s = Session(**kwargs)
    s.open_table(req["name"]).to_arrow()
    ms = (time.perf_counter() - t0) * 1000
    s.close()
    return {"ms": ms}


def bench_trips(req):
    """Operations per second for `n` round trips of one kind, `in_flight` threads at a time (see bench/rx.ts)."""
    import time
    from concurrent.futures import ThreadPoolExecutor
    from pydeephaven.ticket import ScopeTicket
    kind, n, in_flight = req["kind"], int(req["n"]), int(req["in_flight"])
    scope = ScopeTicket.scope_ticket(req["name"])
    source = session.fetch(scope) if kind == "publish" else None

    def one(_):
        if kind == "fetch":
            session.release(session.fetch(scope))
        elif kind == "fetchTable":
            session.open_table(req["name"]).close()
        else:
            shared = SharedTicket.random_ticket()
            session.publish(source, shared)
            session.release(session.fetch(shared))

    t0 = time.perf_counter()
    if in_flight == 1:
        for i in range(n):
            one(i)
    else:
        with ThreadPoolExecutor(in_flight) as pool:
            list(pool.map(one, range(n)))
    ops = n / (time.perf_counter() - t0)
    if source is not None:
        session.release(source)
    return {"ops": ops}


def bench_fields(req):
    """Milliseconds from run_script creating a variable to exportable_objects listing it (pydeephaven polls)."""
    import time
    times = []
    for i in range(int(req["n"])):
        name = f"{req['prefix']}_{i}"
        t0 = time.perf_counter()
        session.run_script(f"{name} = __import__('deephaven').empty_table(1)")
        while name not in session.exportable_objects:
            if time.perf_counter() - t0 > 30:
                raise TimeoutError(f"{name} not listed after 30 s")
        times.append((time.perf_counter() - t0) * 1000)
    return {"ms": times}


def bench_echo(req):
    """Per-message round-trip seconds through an object-type plugin, one message at a time."""
    import time
    from pydeephaven.ticket import ScopeTicket
    client = session.plugin_client(ServerObject(type=req["type"], ticket=ScopeTicket.scope_ticket(req["name"])))
    try:
        stream = client.resp_stream
        next(stream)
        payload = b"x" * int(req["size"])
        times = []
        for _ in range(int(req["n"])):
            t0 = time.perf_counter()
            client.req_stream.write(payload, [])
            next(stream)
            times.append(time.perf_counter() - t0)
        return {"seconds": times}
    finally:
        client.close()


def release_all(req):
    for obj in held:
        obj.close()
    held.clear()
    return {}


def _write_ipc(data, path):
    with pa.OSFile(path, "wb") as sink:
        with pa.ipc.new_stream(sink, data.schema) as writer:
            writer.write_table(data)


def expr_ipc(req):
    """Evaluates a pydeephaven expression over scope tables (names -> variables) and writes its to_arrow() to path.

    The expression sees the opened tables by variable name and pydeephaven's agg, updateby, filters, SortDirection,
    NaturalJoinType and session; tables it makes are closed after.
    """
    from pydeephaven import agg, updateby, filters
    from pydeephaven.filters import ColumnName
    from pydeephaven.table import SortDirection, NaturalJoinType
    from pydeephaven._table_ops import FlattenOp

    env = {"agg": agg, "updateby": updateby, "filters": filters, "ColumnName": ColumnName, "SortDirection": SortDirection,
           "NaturalJoinType": NaturalJoinType, "FlattenOp": FlattenOp, "session": session}
    opened = {k: session.open_table(v) for k, v in req.get("tables", {}).items()}
    env.update(opened)
    result = eval(req["code"], env)
    try:
        data = result.to_arrow()
        _write_ipc(data, req["path"])
        return {"rows": data.num_rows}
    finally:
        result.close()
        for t in opened.values():
            t.close()


def import_ipc(req):
    """import_table of the Arrow IPC stream at path; the result is bound to a global variable and published."""
    with pa.OSFile(req["path"], "rb") as source:
        data = pa.ipc.open_stream(source).read_all()
    table = session.import_table(data)
    if req.get("name"):
        session.bind_table(req["name"], table)
    ticket = SharedTicket.random_ticket()
    session.publish_table(ticket, table)
    held.append(table)
    return {"ticket": ticket.bytes.hex(), "rows": data.num_rows}


_upload = {}


def bench_upload(req):
    """Seconds for one import_table of a scope table's data (read with to_arrow once, outside the timing)."""
    import time
    if req["name"] not in _upload:
        t = session.open_table(req["name"])
        _upload[req["name"]] = t.to_arrow()
        t.close()
    data = _upload[req["name"]]
    t0 = time.perf_counter()
    table = session.import_table(data)
    seconds = time.perf_counter() - t0
    table.close()
    return {"seconds": seconds, "rows": data.num_rows}


def bench_query(req):
    """Milliseconds for the 10 chained operations of bench/rx.ts's CHAIN as one pydeephaven query(...).exec()."""
    import time
    from pydeephaven.table import SortDirection
    if req["name"] not in _tables:
        _tables[req["name"]] = session.open_table(req["name"])
    source = _tables[req["name"]]
    t0 = time.perf_counter()
    result = (session.query(source).where("I % 2 == 0").update("X = L * 2").update_view("Y = D + 1").drop_columns("F")
              .where("X > 100").sort("X", SortDirection.DESCENDING).head(10000).view(["I", "X", "Y", "S"]).tail(100)
              .update("Z = I + 1").exec())
    ms = (time.perf_counter() - t0) * 1000
    result.close()
    return {"ms": ms}


_listeners = {}  # id -> (handle, state): live subscriptions through pydeephaven-ticking


def listen_start(req):
    """Subscribes to a table by name with pydeephaven-ticking's listen(); keeps the latest state."""
    from pydeephaven_ticking.table_listener import listen

    table = session.open_table(req["name"])
    state = {"updates": 0, "current": None, "error": None, "table": table}

    def on_update(update):
        state["updates"] += 1
        state["current"] = update.update.current

    def on_error(error):
        state["error"] = str(error)

    handle = listen(table, on_update, on_error)
    handle.start()
    _listeners[req["id"]] = (handle, state)
    return {}


def listen_stop(req):
    """Ends a listen_start subscription; answers its latest state's columns (JSON values) and update count."""
    handle, state = _listeners.pop(req["id"])
    handle.stop()
    return _listen_answer(state, req)


def listen_peek(req):
    """A listen_start subscription's latest state, as listen_stop answers it, while it goes on."""
    return _listen_answer(_listeners[req["id"]][1], req)


def _listen_answer(state, req):
    current = state["current"]
    columns = {}
    if current is not None:
        rows = current.get_row_sequence()
        for name in req["columns"]:
            columns[name] = current.get_column_by_name(name, True).get_chunk(rows).to_pylist()
    return {"updates": state["updates"], "error": state["error"], "rows": 0 if current is None else current.num_rows, "columns": columns}



def _listen_until(name, on_update, seconds, stop_when=None):
    """Subscribes with pydeephaven-ticking's listen() for `seconds` (or until stop_when() is true); returns the error, if any."""
    import threading
    from pydeephaven_ticking.table_listener import listen

    table = session.open_table(name)
    done = threading.Event()
    errors = []

    def update(u):
        on_update(u)
        if stop_when is not None and stop_when():
            done.set()

    def error(e):
        errors.append(str(e))
        done.set()

    handle = listen(table, update, error)
    handle.start()
    done.wait(seconds)
    handle.stop()
    return errors[0] if errors else None


def bench_live_latency(req):
    """Tick latency: for each update with added rows, the time from the newest row's CommitNs to delivery, in ms."""
    samples = []

    def on_update(u):
        now = time.time_ns()
        added = u.added(["CommitNs"]).get("CommitNs")
        if added is not None and len(added) > 0:
            samples.append((now - max(added.to_pylist())) / 1e6)

    error = _listen_until(req["name"], on_update, req["seconds"], lambda: len(samples) >= req["n"])
    return {"samples": samples, "error": error}


def bench_live_throughput(req):
    """Rows applied per second (added + modified) and this process's CPU seconds over a fixed time."""
    counts = {"rows": 0, "updates": 0, "first": True}

    def on_update(u):
        if counts["first"]:  # the initial state, as the other clients skip it
            counts["first"] = False
            return
        counts["rows"] += u.update.all_modified_rows.size + u.update.added_rows.size
        counts["updates"] += 1

    cpu0 = time.process_time()
    t0 = time.perf_counter()
    error = _listen_until(req["name"], on_update, req["seconds"])
    return {"rows": counts["rows"], "updates": counts["updates"], "cpu": time.process_time() - cpu0, "seconds": time.perf_counter() - t0, "error": error}


def bench_live_initial(req):
    """Subscribe to a table until its first update (the initial state) arrives; seconds."""
    first = {}
    t0 = time.perf_counter()

    def on_update(u):
        first.setdefault("t", time.perf_counter() - t0)
        first["rows"] = u.update.current.num_rows

    error = _listen_until(req["name"], on_update, 600, lambda: "t" in first)
    return {"seconds": first.get("t"), "rows": first.get("rows"), "error": error}


OPS = {f.__name__: f for f in (bench_upload, bench_query, expr_ipc, import_ipc, connect, run, publish_table, publish_object, table_ipc, read_object, bench_snapshot, bench_close_tables, bench_connect, bench_trips, bench_fields, bench_echo, release_all, listen_start, listen_stop, listen_peek, bench_live_latency, bench_live_throughput, bench_live_initial)}


def main():
    # SIGUSR1 prints every thread's stack to stderr (the test asks for it when this process does not answer).
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    # A pydeephaven Table left to the garbage collector releases its export from __del__ with a blocking gRPC call.
    # An automatic collection may run on grpc's own event thread, whose release then waits for that very thread:
    # the whole process hangs (seen every few hundred calls). So collections run here, between requests, only.
    gc.disable()
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        try:
            answer = {"ok": True, **OPS[req["op"]](req)}
        except Exception as e:  # the test prints it
            answer = {"ok": False, "error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
        gc.collect()
    if session is not None:
        session.close()


if __name__ == "__main__":
    main()
