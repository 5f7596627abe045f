"""Checks our .proto files against the Deephaven server's own descriptors, field by field.

usage: compare_descriptors.py OURS.pb SERVER_EXTRA.pb
  OURS.pb          FileDescriptorSet of proto/ (protoc --include_imports)
  SERVER_EXTRA.pb  FileDescriptorSet dumped from the server's jars (Flight, BrowserFlight)
The server's deephaven_core descriptors come from the deephaven_core.proto.*_pb2 modules of this Python.

Everything we declare must match the server: message and enum full names, field names, numbers, types, type
names, labels, proto3 optional, oneof membership, jstype; enum values; services, methods, their types and
streaming. A message we declare must have every field the server's has (so decoding loses nothing), and an enum
every value. Messages, enums, services and methods we leave out are fine. Prints each mismatch; exits 1 if any.
"""
import importlib
import sys

from google.protobuf import descriptor_pb2 as d

FD = d.FieldDescriptorProto
MODULES = ["ticket", "session", "table", "object", "application", "console", "config", "inputtable", "storage", "hierarchicaltable"]


def load_set(path):
    s = d.FileDescriptorSet()
    with open(path, "rb") as f:
        s.ParseFromString(f.read())
    return list(s.file)


def server_files(extra_path):
    files = []
    for name in MODULES + ["partitionedtable"]:
        mod = importlib.import_module(f"deephaven_core.proto.{name}_pb2")
        p = d.FileDescriptorProto()
        mod.DESCRIPTOR.CopyToProto(p)
        files.append(p)
    files.extend(load_set(extra_path))
    # The well-known Any (input tables' column restrictions) as the server's Python has it.
    from google.protobuf import any_pb2
    p = d.FileDescriptorProto()
    any_pb2.DESCRIPTOR.CopyToProto(p)
    files.append(p)
    return files


def index(files):
    """Full name -> ('message'|'enum'|'service', proto) over all files."""
    out = {}

    def walk_msg(prefix, m):
        full = f"{prefix}.{m.name}"
        out[full] = ("message", m)
        for e in m.enum_type:
            out[f"{full}.{e.name}"] = ("enum", e)
        for n in m.nested_type:
            walk_msg(full, n)

    for f in files:
        pkg = f".{f.package}" if f.package else ""
        for m in f.message_type:
            walk_msg(pkg, m)
        for e in f.enum_type:
            out[f"{pkg}.{e.name}"] = ("enum", e)
        for s in f.service:
            out[f"{pkg}.{s.name}"] = ("service", s)
    return out


def oneof_name(msg, field):
    if field.HasField("oneof_index") and not field.proto3_optional:
        return msg.oneof_decl[field.oneof_index].name
    return None


def jstype(field):
    return field.options.jstype if field.options.HasField("jstype") else None


def compare_message(name, ours, theirs, problems):
    their_fields = {f.number: f for f in theirs.field}
    our_numbers = set()
    for f in ours.field:
        our_numbers.add(f.number)
        t = their_fields.get(f.number)
        where = f"{name}.{f.name} (= {f.number})"
        if t is None:
            names = {g.name: g.number for g in theirs.field}
            hint = f"; the server has {f.name} = {names[f.name]}" if f.name in names else ""
            problems.append(f"{where}: no field number {f.number} on the server{hint}")
            continue
        checks = [
            ("name", f.name, t.name),
            ("type", FD.Type.Name(f.type), FD.Type.Name(t.type)),
            ("type_name", f.type_name, t.type_name),
            ("label", FD.Label.Name(f.label), FD.Label.Name(t.label)),
            ("proto3_optional", f.proto3_optional, t.proto3_optional),
            ("oneof", oneof_name(ours, f), oneof_name(theirs, t)),
            ("jstype", jstype(f), jstype(t)),
        ]
        for what, a, b in checks:
            if a != b:
                problems.append(f"{where}: {what} is {a!r}, the server's is {b!r}")
    for number, t in sorted(their_fields.items()):
        if number not in our_numbers:
            problems.append(f"{name}: missing the server's field {t.name} = {number}")


def compare_enum(name, ours, theirs, problems):
    theirs_by_name = {v.name: v.number for v in theirs.value}
    ours_by_name = {v.name: v.number for v in ours.value}
    for v, n in ours_by_name.items():
        if v not in theirs_by_name:
            problems.append(f"{name}.{v}: no such value on the server")
        elif theirs_by_name[v] != n:
            problems.append(f"{name}.{v}: is {n}, the server's is {theirs_by_name[v]}")
    for v, n in theirs_by_name.items():
        if v not in ours_by_name:
            problems.append(f"{name}: missing the server's value {v} = {n}")


def compare_service(name, ours, theirs, problems):
    methods = {m.name: m for m in theirs.method}
    for m in ours.method:
        t = methods.get(m.name)
        if t is None:
            problems.append(f"{name}/{m.name}: no such method on the server")
            continue
        for what, a, b in [
            ("input", m.input_type, t.input_type),
            ("output", m.output_type, t.output_type),
            ("client_streaming", m.client_streaming, t.client_streaming),
            ("server_streaming", m.server_streaming, t.server_streaming),
        ]:
            if a != b:
                problems.append(f"{name}/{m.name}: {what} is {a!r}, the server's is {b!r}")


def main(argv):
    ours = index(load_set(argv[1]))
    theirs = index(server_files(argv[2]))
    problems = []
    checked = 0
    for name, (kind, proto) in sorted(ours.items()):
        if name not in theirs:
            problems.append(f"{name}: the server has no {kind} of that name")
            continue
        their_kind, their_proto = theirs[name]
        if their_kind != kind:
            problems.append(f"{name}: ours is a {kind}, the server's a {their_kind}")
            continue
        checked += 1
        {"message": compare_message, "enum": compare_enum, "service": compare_service}[kind](name, proto, their_proto, problems)
    for p in problems:
        print(f"MISMATCH {p}")
    print(f"checked {checked} definitions, {len(problems)} mismatches")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
