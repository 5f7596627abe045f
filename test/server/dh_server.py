"""Runs the embedded Deephaven server for deephaven-rx's scripts and tests.

Usage: python dh_server.py --port N [--host 127.0.0.1] [--jvm-arg ARG ...] [--script FILE ...]

Prints one line "DEEPHAVEN-RX READY <port>" once the server is up, then runs until stdin closes, or SIGTERM/SIGINT.
Any --script files are run in the server's Python scope after start (test fixtures such as plugins).
"""
import argparse
import os
import signal
import sys
import threading


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--jvm-arg", action="append", default=[])
    parser.add_argument("--script", action="append", default=[])
    args = parser.parse_args()

    from deephaven_server import Server

    server = Server(host=args.host, port=args.port, jvm_args=args.jvm_arg)
    server.start()
    for path in args.script:
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), {"__name__": "__deephaven_rx_fixture__"})

    print(f"DEEPHAVEN-RX READY {server.port}", flush=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    def watch_stdin() -> None:
        try:
            while sys.stdin.read(1024):
                pass
        except Exception:
            pass
        stop.set()

    if not sys.stdin.isatty():
        threading.Thread(target=watch_stdin, daemon=True).start()
    stop.wait()
    sys.stdout.flush()
    # Shut the JVM down the way Deephaven expects, so that its shutdown hooks run and clients are told (the
    # TerminationNotification); fall back to a hard exit.
    try:
        import jpy

        jpy.get_type("java.lang.System").exit(0)
    finally:
        os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
