// `npm run proto`: regenerates src/generated/ from the .proto files in this folder, and src/generated/flatbuffers/
// from the flatbuffer schemas in proto/flatbuffers/ (flatc --ts).
//
//   node proto/generate.mjs [--out DIR]
//
// protoc 3.20.3 (the last protoc with a built-in JavaScript generator) writes google-protobuf 3.x message classes
// as CommonJS; ts-protoc-gen writes their typings and the @improbable-eng/grpc-web service descriptors. Each
// CommonJS file is then wrapped as an ES module (same code, `require` answered from static imports, every export
// re-exported by name) so that Vite's dev server, library builds, Vitest, Node and browsers load it alike. The
// service descriptors are rewritten as plain ES modules instead (checked against the originals; see serviceModules).
// The output is deterministic; a unit test regenerates it and compares with what is committed.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, arch, platform } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROTOC_VERSION = '3.20.3';
/** The flatc whose TypeScript output is committed (Debian's flatbuffers-compiler); $FLATC names another binary. */
const FLATC_VERSION = '2.0.8';
const here = dirname(fileURLToPath(import.meta.url));
const repo = dirname(here);
const require = createRequire(import.meta.url);

/** The .proto files we generate code for (google/protobuf/timestamp.proto is an include only). */
function sources() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'google' && entry.name !== '.tools') walk(path);
      } else if (entry.name.endsWith('.proto')) out.push(relative(here, path).split(sep).join('/'));
    }
  };
  walk(here);
  return out.sort();
}

/** protoc 3.20.3: $PROTOC, or proto/.tools/, or fetched from Maven Central with Maven into proto/.tools/. */
export function protocPath() {
  if (process.env.PROTOC) return process.env.PROTOC;
  const classifier = `${{ linux: 'linux', darwin: 'osx' }[platform()] ?? platform()}-${{ x64: 'x86_64', arm64: 'aarch_64' }[arch()] ?? arch()}`;
  const tools = join(here, '.tools');
  const exe = join(tools, `protoc-${PROTOC_VERSION}-${classifier}.exe`);
  if (existsSync(exe)) return exe;
  mkdirSync(tools, { recursive: true });
  try {
    execFileSync(
      'mvn',
      ['-q', 'dependency:copy', `-Dartifact=com.google.protobuf:protoc:${PROTOC_VERSION}:exe:${classifier}`, `-DoutputDirectory=${tools}`],
      { stdio: ['ignore', 'pipe', 'pipe'], cwd: tools },
    );
  } catch (err) {
    const why = err.code === 'ENOENT' ? 'Maven (mvn) is not installed' : String(err.stderr || err.stdout || err.message).trim();
    throw new Error(
      `protoc ${PROTOC_VERSION} is needed to generate the stubs and could not be fetched from Maven Central: ${why}.\n` +
        `Install Maven, or set PROTOC to a protoc ${PROTOC_VERSION} binary (com.google.protobuf:protoc:${PROTOC_VERSION}:exe:${classifier}).`,
      { cause: err },
    );
  }
  if (!existsSync(exe)) throw new Error(`Maven did not leave ${exe}`);
  chmodSync(exe, 0o755);
  return exe;
}

/** Generates into `outDir` (emptied first). */
export function generate(outDir) {
  const protoc = protocPath();
  const raw = mkdtempSync(join(tmpdir(), 'dhrx-proto-'));
  try {
    const plugin = join(repo, 'node_modules', '.bin', 'protoc-gen-ts');
    execFileSync(
      protoc,
      [
        `--plugin=protoc-gen-ts=${plugin}`,
        `--js_out=import_style=commonjs,binary:${raw}`,
        `--ts_out=service=grpc-web:${raw}`,
        `-I${here}`,
        ...sources(),
      ],
      { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    for (const file of listFiles(raw)) {
      const text = readFileSync(join(raw, file), 'utf8');
      const outputs = file.endsWith('_pb_service.js')
        ? serviceModules(join(raw, file), file, text)
        : file.endsWith('_pb_service.d.ts')
          ? serviceTypings(file, text)
          : { [file]: file.endsWith('.js') ? toEsm(join(raw, file), file, text) : file.endsWith('.d.ts') ? esmTypings(text) : text };
      for (const [name, content] of Object.entries(outputs)) {
        const target = join(outDir, name);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
    writeFileSync(join(outDir, 'README.md'), README);
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
  generateFlatbuffers(join(outDir, 'flatbuffers'));
}

/**
 * What the SDK does with each flatbuffer table: reads it (the server sends it), writes it, or both. A class keeps
 * only the methods of its use, so that an app does not ship builders it never calls (a bundler keeps every method of
 * a class it keeps): `read` keeps the root reader and the accessors (a byte vector as one array, not byte by byte),
 * `write` the builders.
 */
const FLATBUFFER_USE = {
  BarrageMessageWrapper: 'both',
  BarrageSubscriptionRequest: 'write',
  BarrageSubscriptionOptions: 'write',
  BarrageUpdateMetadata: 'read',
  BarrageModColumnMetadata: 'read',
};

/** One flatc TypeScript module without the methods its table's use does not need (enums stay whole). */
function trimFlatbuffers(file, text) {
  const name = /^export class (\w+) \{$/m.exec(text)?.[1];
  if (name === undefined) return text;
  const use = FLATBUFFER_USE[name];
  if (use === undefined) throw new Error(`${file}: say in FLATBUFFER_USE (proto/generate.mjs) whether the SDK reads or writes ${name}`);
  const reads = use !== 'write';
  const writes = use !== 'read';
  // flatc writes each method from column 0 (its doc comment too), its body indented, its closing brace at column 0.
  const method = /\n(?:\/\*\*\n(?: \*[^\n]*\n)*? \*\/\n)?(static )?(\w+)\(([^)\n]*)\)[^\n]*\{\n(?:(?: {2}[^\n]*)?\n)*?\}\n/g;
  const keep = (isStatic, fn, params) => {
    if (isStatic === undefined) {
      // Accessors: a scalar vector's element and length accessors go (the SDK reads the whole array).
      const array = (base) => text.includes(`\n${base}Array():`);
      const byElement = (params === 'index: number' && array(fn)) || (fn.endsWith('Length') && array(fn.slice(0, -'Length'.length)));
      return reads && !byElement;
    }
    if (fn.startsWith('getSizePrefixedRootAs')) return false;
    if (fn.startsWith('getRootAs')) return reads;
    return writes;
  };
  // Imports of other tables only the removed methods used.
  const used = (n) => trimmed.split(/\W+/).filter((w) => w === n).length > 1;
  const trimmed = text.replace(method, (whole, isStatic, fn, params) => (keep(isStatic, fn, params) ? whole : '\n'));
  return trimmed.replace(/^import \{ (\w+) \} from '[^']+';\n/gm, (line, n) => (used(n) ? line : '')).replace(/\n{3,}/g, '\n\n');
}

/** flatc ${FLATC_VERSION}: $FLATC, else the one on the PATH; another version would write other code. */
export function flatcPath() {
  const exe = process.env.FLATC || 'flatc';
  let version;
  try {
    version = execFileSync(exe, ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] })
      .toString()
      .trim();
  } catch (err) {
    throw new Error(
      `flatc ${FLATC_VERSION} is needed to generate the flatbuffer readers (${err.code === 'ENOENT' ? 'not found' : String(err.message)}): install it (Debian: flatbuffers-compiler) or set FLATC.`,
      { cause: err },
    );
  }
  if (version !== `flatc version ${FLATC_VERSION}`)
    throw new Error(`flatc ${FLATC_VERSION} is needed, ${exe} says "${version}": set FLATC to a flatc ${FLATC_VERSION}.`);
  return exe;
}

/**
 * The TypeScript readers and builders of proto/flatbuffers/*.fbs, one module per type (flatc's per-file index is
 * left out: the SDK imports each type's module), with ES-module specifiers (\`.js\`) and a do-not-edit header.
 */
export function generateFlatbuffers(outDir) {
  const schemas = join(here, 'flatbuffers');
  const fbs = readdirSync(schemas)
    .filter((n) => n.endsWith('.fbs'))
    .sort();
  const raw = mkdtempSync(join(tmpdir(), 'dhrx-flatc-'));
  try {
    execFileSync(flatcPath(), ['--ts', '-o', raw, ...fbs], { cwd: schemas, stdio: ['ignore', 'pipe', 'pipe'] });
    mkdirSync(outDir, { recursive: true });
    for (const file of listFiles(raw)) {
      if (file.endsWith('_generated.ts')) continue;
      const target = join(outDir, file);
      mkdirSync(dirname(target), { recursive: true });
      const text = trimFlatbuffers(file, readFileSync(join(raw, file), 'utf8'))
        .replace(/^\/\/ automatically generated by the FlatBuffers compiler, do not modify\n/, '')
        .replace(/(from\s+')(\.{1,2}\/[^']+?)(?<!\.js)(')/g, '$1$2.js$3');
      writeFileSync(
        target,
        `// GENERATED by proto/generate.mjs (flatc ${FLATC_VERSION} --ts) from proto/flatbuffers/ — DO NOT EDIT.\n/* eslint-disable */\n${text}`,
      );
    }
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
}

function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** Wraps one generated CommonJS module as an ES module with the same exports. */
function toEsm(absPath, relPath, code) {
  const specifiers = [...new Set([...code.matchAll(/require\((['"])([^'"]+)\1\)/g)].map((m) => m[2]))].sort();
  const imports = specifiers.map((spec, i) => {
    const target = spec.startsWith('.') && !spec.endsWith('.js') ? `${spec}.js` : spec;
    return `import __dep${i} from ${JSON.stringify(target)};`;
  });
  const cases = specifiers.map((spec, i) => `    case ${JSON.stringify(spec)}: return __dep${i};`);
  // protoc's global lookup ends in `Function('return this')()`, which a Content-Security-Policy without
  // 'unsafe-eval' forbids (and audits flag even where it is never reached): the global object is named instead.
  const lookup = "var global = (function() { return this || window || global || self || Function('return this')(); }).call(null);";
  if (code.includes('Function(') && !code.includes(lookup)) throw new Error(`${relPath}: an unexpected Function() use`);
  code = code.replace(lookup, 'var global = globalThis;');
  code = trimForSize(relPath, code);
  // A message file exports its package's namespace, which google-protobuf shares between files: only the names this
  // file declares are its exports (else a file's list would depend on which files were loaded before it).
  const pkg = /goog\.object\.extend\(exports, (proto\.[\w.]+)\);/.exec(code)?.[1];
  const declared = (n) => pkg === undefined || code.includes(`goog.exportSymbol('${pkg}.${n}',`);
  const names = Object.keys(loadCjs(absPath))
    .filter((n) => !n.endsWith('ServiceClient') || code.includes(`exports.${n} =`)) // removed by trimForSize
    .filter(declared)
    .sort();
  for (const n of names) if (!/^[A-Za-z_$][\w$]*$/.test(n)) throw new Error(`${relPath}: export ${n} is not an identifier`);
  return [
    `// GENERATED by proto/generate.mjs from ${relPath.replace(/(_pb_service|_pb)\.js$/, '.proto')} — DO NOT EDIT.`,
    '// The CommonJS output of protoc / ts-protoc-gen, unchanged, run in a function scope and exported as ESM.',
    '/* eslint-disable */',
    ...imports,
    'const __module = { exports: {} };',
    'const __require = (id) => {',
    '  switch (id) {',
    ...cases,
    '    default: throw new Error("unexpected require: " + id);',
    '  }',
    '};',
    // ESM is strict, so the jspb shim's `this` is null: `window` is passed as globalThis, which it then picks.
    '(function (module, exports, require, window) {',
    code.trimEnd(),
    '}).call(undefined, __module, __module.exports, __require, globalThis);',
    '',
    'export default __module.exports;',
    ...names.map((n) => `export const ${n} = __module.exports.${n};`),
    '',
  ].join('\n');
}

/**
 * Typings with ES-module specifiers: relative and deep package imports get the `.js` extension that TypeScript's
 * `node16`/`nodenext` resolution needs (the typings ship in the package; its users may resolve either way).
 */
function esmTypings(text) {
  // Without the callback clients, which the JavaScript no longer has (see trimForSize).
  text = text.replace(/\nexport class \w+ServiceClient \{[\s\S]*?\n\}\n/g, '\n');
  return text.replace(/(from\s+")((?:\.{1,2}\/|google-protobuf\/)[^"]+?)(?<!\.js)(")/g, '$1$2.js$3');
}

/**
 * Services whose method descriptors are also written one module per method (`<file>_pb_service/<Method>.js`), so
 * that a bundle loads a method's messages only with the method: TableService's messages are split over several
 * files by kind of operation (see proto/deephaven_core/proto/table.proto), and an app that reads a table should not
 * load every operation's; Flight's DoGet needs flight_data.proto only. The service's object (`TableService`, every
 * method) is still there, built from them.
 */
const METHOD_MODULES = new Set(['io.deephaven.proto.backplane.grpc.TableService', 'arrow.flight.protocol.FlightService']);

/**
 * One `*_pb_service.js` of ts-protoc-gen, rewritten as a plain ES module: the same service object and method
 * descriptors (name, service, streaming, request and response classes), importing the message classes it names by
 * name. The rewrite is checked against the original, loaded as CommonJS: every method, field and class must be the
 * same. The callback clients are left out (the SDK calls through the descriptors only), and with them
 * `@improbable-eng/grpc-web`'s runtime, which only they used. For METHOD_MODULES, every method also gets a module of
 * its own, and the service object is built from them.
 */
function serviceModules(absPath, relPath, code) {
  const header = `// GENERATED by proto/generate.mjs from ${relPath.replace(/_pb_service\.js$/, '.proto')} — DO NOT EDIT.`;
  const vars = new Map([...code.matchAll(/^var (\w+) = require\("([^"]+)"\);$/gm)].map((m) => [m[1], m[2]]));
  const services = [...code.matchAll(/^ {2}(\w+)\.serviceName = "([\w.]+)";$/gm)].map((m) => ({ name: m[1], fullName: m[2], methods: [] }));
  const methodRe =
    /^(\w+)\.(\w+) = \{\n {2}methodName: "(\w+)",\n {2}service: \1,\n {2}requestStream: (true|false),\n {2}responseStream: (true|false),\n {2}requestType: (\w+)\.(\w+),\n {2}responseType: (\w+)\.(\w+)\n\};$/gm;
  for (const m of code.matchAll(methodRe)) {
    const service = services.find((s) => s.name === m[1]);
    if (service === undefined || m[2] !== m[3]) throw new Error(`${relPath}: unexpected method ${m[1]}.${m[2]}`);
    const type = (v, n) => {
      const from = vars.get(v);
      if (from === undefined || !from.startsWith('.')) throw new Error(`${relPath}: ${v}.${n} is not one of our messages`);
      return { from: `${from}.js`, name: n };
    };
    service.methods.push({
      name: m[2],
      requestStream: m[4] === 'true',
      responseStream: m[5] === 'true',
      request: type(m[6], m[7]),
      response: type(m[8], m[9]),
    });
  }
  // The rewrite says what the original says: the same services, methods, streaming and classes.
  const original = loadCjs(absPath);
  for (const s of services) {
    const o = original[s.name];
    if (o?.serviceName !== s.fullName) throw new Error(`${relPath}: ${s.name} not read right`);
    const names = Object.keys(o)
      .filter((k) => k !== 'serviceName')
      .sort();
    if (
      names.join() !==
      s.methods
        .map((m) => m.name)
        .sort()
        .join()
    )
      throw new Error(`${relPath}: ${s.name}'s methods not all read`);
    for (const m of s.methods) {
      const d = o[m.name];
      const cls = (t) => loadCjs(join(dirname(absPath), t.from))[t.name];
      if (
        d.methodName !== m.name ||
        d.service !== o ||
        d.requestStream !== m.requestStream ||
        d.responseStream !== m.responseStream ||
        d.requestType !== cls(m.request) ||
        d.responseType !== cls(m.response)
      ) {
        throw new Error(`${relPath}: ${s.name}.${m.name} not read right`);
      }
    }
  }
  const out = {};
  const importsOf = (methods, prefix) => {
    const byFile = new Map();
    for (const m of methods) for (const t of [m.request, m.response]) byFile.set(t.from, (byFile.get(t.from) ?? new Set()).add(t.name));
    return [...byFile.keys()].sort().map((f) => `import { ${[...byFile.get(f)].sort().join(', ')} } from ${JSON.stringify(prefix + f)};`);
  };
  const descriptor = (m, service, indent) =>
    [
      `{`,
      `  methodName: ${JSON.stringify(m.name)},`,
      `  service: ${service},`,
      `  requestStream: ${m.requestStream},`,
      `  responseStream: ${m.responseStream},`,
      `  requestType: ${m.request.name},`,
      `  responseType: ${m.response.name},`,
      `}`,
    ].join(`\n${indent}`);
  const lines = [
    header,
    '// The service descriptors of ts-protoc-gen, as an ES module (see serviceModules in generate.mjs).',
    '/* eslint-disable */',
  ];
  const split = services.filter((s) => METHOD_MODULES.has(s.fullName));
  const whole = services.filter((s) => !METHOD_MODULES.has(s.fullName));
  lines.push(
    ...importsOf(
      whole.flatMap((s) => s.methods),
      '',
    ),
  );
  const stem = relPath.replace(/\.js$/, '');
  const base = stem.replace(/^.*\//, '');
  for (const s of split) {
    for (const m of s.methods) {
      lines.push(`import { ${m.name} as ${s.name}_${m.name} } from ${JSON.stringify(`./${base}/${m.name}.js`)};`);
      out[`${stem}/${m.name}.js`] = [
        header,
        `// ${s.name}/${m.name} alone (${base}.js has the whole service), so that a bundle loads its messages with it only.`,
        '/* eslint-disable */',
        ...importsOf([m], '../'),
        '',
        `export const ${m.name} = ${descriptor(m, `{ serviceName: ${JSON.stringify(s.fullName)} }`, '')};`,
        '',
      ].join('\n');
      out[`${stem}/${m.name}.d.ts`] = [
        header,
        `import type { ${s.name} } from ${JSON.stringify(`../${base}.js`)};`,
        '',
        `export declare const ${m.name}: Omit<typeof ${s.name}.${m.name}, 'service'> & { readonly service: { readonly serviceName: string } };`,
        '',
      ].join('\n');
    }
  }
  for (const s of split) {
    lines.push(
      '',
      `export const ${s.name} = {`,
      `  serviceName: ${JSON.stringify(s.fullName)},`,
      ...s.methods.map((m) => `  ${m.name}: ${s.name}_${m.name},`),
      '};',
    );
  }
  for (const s of whole) {
    lines.push('', `export const ${s.name} = { serviceName: ${JSON.stringify(s.fullName)} };`);
    for (const m of s.methods) lines.push(`${s.name}.${m.name} = ${descriptor(m, s.name, '')};`);
  }
  if (services.length === 0) lines.push('', 'export {};');
  out[relPath] = `${lines.join('\n')}\n`;
  return out;
}

/** A service's typings: ts-protoc-gen's, as ES-module typings; split services' methods name only `serviceName` of theirs. */
function serviceTypings(relPath, text) {
  let out = esmTypings(text);
  const pkg = /^\/\/ package: ([\w.]+)$/m.exec(out)?.[1];
  for (const [, name] of out.matchAll(/^export class (\w+) \{\n {2}static readonly serviceName: string;/gm)) {
    if (METHOD_MODULES.has(`${pkg}.${name}`))
      out = out.replaceAll(`  readonly service: typeof ${name};`, '  readonly service: { readonly serviceName: string };');
  }
  return { [relPath]: out };
}

/** Files whose messages keep `toObject()` (the SDK turns a FigureDescriptor into plain data for `decodeFigure`). */
const KEEP_TO_OBJECT = new Set(['deephaven_core/proto/console_pb.js']);

/**
 * Leaves out what the SDK never calls, so that a minifier drops it from every app: the debug `displayName`s (behind
 * `goog.DEBUG && !COMPILED`, which minifiers cannot evaluate), outside KEEP_TO_OBJECT the `toObject()` conversions
 * (behind `jspb.Message.GENERATE_TO_OBJECT`; those blocks stay under a constant `false` test, and the typings still
 * declare `toObject`, so the SDK must not call it there), and the services' callback clients (removed, typings too).
 */
function trimForSize(relPath, code) {
  let out = code.replaceAll('if (goog.DEBUG && !COMPILED) {', 'if (false) { // goog.DEBUG only: left out');
  if (!KEEP_TO_OBJECT.has(relPath)) {
    out = out.replaceAll('if (jspb.Message.GENERATE_TO_OBJECT) {', 'if (false) { // toObject: unused by the SDK, left out');
  }
  // ts-protoc-gen's callback clients (`XServiceClient`): the SDK calls through the service descriptors only.
  out = out.replace(/\nfunction (\w+ServiceClient)\(serviceHost, options\) \{[\s\S]*?\nexports\.\1 = \1;\n/g, '\n');
  return out;
}

/** Loads the raw CommonJS output (resolving google-protobuf etc. from this repo) to list its exports. */
function loadCjs(absPath) {
  const Module = require('node:module');
  const paths = Module._nodeModulePaths(repo);
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, ...rest) {
    try {
      return original.call(this, request, parent, ...rest);
    } catch {
      return original.call(this, request, { ...parent, paths }, ...rest);
    }
  };
  try {
    return require(absPath);
  } finally {
    Module._resolveFilename = original;
  }
}

const README = `# Generated code — do not edit

Everything in this folder is written by \`npm run proto\` (\`proto/generate.mjs\`) from the \`.proto\` files in
\`proto/\`: google-protobuf message classes (protoc ${PROTOC_VERSION}, \`--js_out=import_style=commonjs,binary\`)
wrapped as ES modules, with \`ts-protoc-gen\` typings and its \`@improbable-eng/grpc-web\` service descriptors as plain ES
modules (TableService's also one module per method, in \`table_pb_service/\`, so that a bundle loads only the messages of
the methods it calls).
A unit test (\`test/unit/codegen.test.ts\`) regenerates it and fails if it differs from what is committed.
Only the services layer (\`src/services/\`, also through \`src/transport/services.ts\`) and \`src/testing/\` use it.

\`flatbuffers/\` holds the readers and builders flatc ${FLATC_VERSION} (\`--ts\`) writes from \`proto/flatbuffers/*.fbs\`
(Barrage's metadata tables); the layers that own those formats (\`src/barrage/\`, \`src/arrow/\`) use them.
`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : join(repo, 'src', 'generated');
  if (out === undefined) throw new Error('--out needs a folder');
  generate(out);
  console.log(`generated ${relative(process.cwd(), out) || '.'} from ${sources().length} .proto files`);
}
