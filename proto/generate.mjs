// `npm run proto`: regenerates src/generated/ from the .proto files in this folder.
//
//   node proto/generate.mjs [--out DIR]
//
// protoc 3.20.3 (the last protoc with a built-in JavaScript generator) writes google-protobuf 3.x message classes
// as CommonJS; ts-protoc-gen writes their typings and the @improbable-eng/grpc-web service descriptors. Each
// CommonJS file is then wrapped as an ES module (same code, `require` answered from static imports, every export
// re-exported by name) so that Vite's dev server, library builds, Vitest, Node and browsers load it alike.
// The output is deterministic; a unit test regenerates it and compares with what is committed.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, arch, platform } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROTOC_VERSION = '3.20.3';
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
      const target = join(outDir, file);
      mkdirSync(dirname(target), { recursive: true });
      const text = readFileSync(join(raw, file), 'utf8');
      writeFileSync(target, file.endsWith('.js') ? toEsm(join(raw, file), file, text) : file.endsWith('.d.ts') ? esmTypings(text) : text);
    }
    writeFileSync(join(outDir, 'README.md'), README);
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
wrapped as ES modules, with \`ts-protoc-gen\` typings and \`@improbable-eng/grpc-web\` service descriptors.
A unit test (\`test/unit/codegen.test.ts\`) regenerates it and fails if it differs from what is committed.
Only the services layer (\`src/services/\`, also through \`src/transport/services.ts\`) and \`src/testing/\` use it.
`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 ? process.argv[i + 1] : join(repo, 'src', 'generated');
  if (out === undefined) throw new Error('--out needs a folder');
  generate(out);
  console.log(`generated ${relative(process.cwd(), out) || '.'} from ${sources().length} .proto files`);
}
