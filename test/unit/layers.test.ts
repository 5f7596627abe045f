// The architecture, checked: imports in src/ run one way (lower layers never import higher ones), there are no
// import cycles, and only the services layer (and the testing entry) touches the generated stubs and service
// descriptors, directly, through the transport's re-export of them or through a services module that re-exports
// them, and only they (and the generated code) load the protobuf runtime. Static, type-only and dynamic (`import()`)
// imports all count. A new file outside the known layers fails here until it is given one. Around src/, bench/ and
// test/ import each other one way only: the benchmarks use the tests' shared fixtures, the tests never import the
// benchmarks.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

/** Layers, lowest first. A file may import its own layer and any lower one (same rank: its own layer only). */
const LAYERS: readonly (readonly [layer: string, rank: number, match: RegExp])[] = [
  ['generated', 0, /^generated\//],
  ['base', 0, /^(errors\.ts|rx\/)/],
  ['transport', 1, /^transport\//],
  ['ticket', 2, /^ticket\//],
  ['arrow', 2, /^arrow\//],
  // Barrage decodes with the Arrow layer's helpers.
  ['barrage', 3, /^barrage\//],
  // The one place that builds protobuf messages. session/wire-tickets.ts is a re-export of services/tickets.ts
  // kept for code written against its old place.
  ['services', 3, /^(services\/|session\/wire-tickets\.ts$)/],
  ['session', 4, /^session\//],
  ['console', 5, /^console\//],
  ['table', 5, /^table\//],
  ['plugin', 6, /^plugin\//],
  ['api', 7, /^api\//],
  ['testing', 8, /^testing\//],
  ['index', 8, /^(index|node)\.ts$/],
];

function layerOf(file: string): { layer: string; rank: number } {
  const found = LAYERS.find(([, , m]) => m.test(file));
  if (found === undefined) throw new Error(`${file} is in no layer: add it to LAYERS in test/unit/layers.test.ts`);
  return { layer: found[0], rank: found[1] };
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * The src files (relative to src/, `.ts`) that the source `text` of `file` imports: `import`/`export … from`
 * (type-only included), and `import('…')` whether loaded or only named in a type (`typeof import('…')`).
 */
function importsOf(file: string, text: string, kinds: 'all' | 'static' = 'all'): string[] {
  const specs = [
    ...[...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] ?? ''),
    // Side-effect imports (`import '…';`).
    ...[...text.matchAll(/(?:^|\n)\s*import\s+'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] ?? ''),
    ...(kinds === 'all' ? [...text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? '') : []),
  ];
  return [...new Set(specs.map((spec) => relative(src, resolve(dirname(join(src, file)), spec.replace(/\.js$/, '.ts')))))];
}

/**
 * file → the src files it imports (see {@link importsOf}). The cycle check reads static imports only: a module
 * loaded on first use (`import()`, and the types named through it) may import its loader back without making a
 * cycle of module evaluation, as `Table.partitionBy` loads the partitioned tables, which make `Table`s.
 */
function importGraph(kinds: 'all' | 'static' = 'all'): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const path of files(src)) {
    const file = relative(src, path);
    if (file.startsWith('generated/')) continue;
    graph.set(file, importsOf(file, readFileSync(path, 'utf8'), kinds));
  }
  return graph;
}

/** file (relative to src/) → its source, for every src file outside generated/. */
function sources(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const path of files(src)) {
    const file = relative(src, path);
    if (!file.startsWith('generated/')) texts.set(file, readFileSync(path, 'utf8'));
  }
  return texts;
}

/** The transport's re-export of generated messages and service descriptors: generated code by another name. */
const DESCRIPTOR_ADAPTER = 'transport/services.ts';

/**
 * Generated flatbuffer readers and builders (Barrage's metadata tables): data formats, not RPC. They belong to the
 * layers that own those formats, barrage/ and arrow/, as apache-arrow's own generated `fb/` readers belong to its IPC
 * code; putting them behind services/ would make the data layers depend on the RPC layer beside them.
 */
const FLATBUFFERS = /^generated\/flatbuffers\//;

/**
 * Files of services/ that hand generated code on (`export … from` a generated module or the adapter, or `export`
 * of a name imported from one): they count as generated code themselves, so that a message class cannot leave the
 * services layer through a re-export (e.g. `table-service-more.ts`, which the services' table calls load on first use).
 */
function carriers(texts: Map<string, string>): Set<string> {
  const out = new Set<string>();
  for (const [file, text] of texts) {
    if (!file.startsWith('services/')) continue;
    const generated = (spec: string): boolean => {
      const dep = relative(src, resolve(dirname(join(src, file)), spec.replace(/\.js$/, '.ts')));
      return dep.startsWith('generated/') || dep === DESCRIPTOR_ADAPTER;
    };
    const reexports = [...text.matchAll(/(?:^|\n)\s*export\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g)].some((m) => generated(m[1] ?? ''));
    const imported = [...text.matchAll(/(?:^|\n)\s*import\s+(?:type\s+)?\{([^}]*)\}\s*from\s+'(\.{1,2}\/[^']+)'/g)]
      .filter((m) => generated(m[2] ?? ''))
      .flatMap((m) => (m[1] ?? '').split(',').map((n) => (n.split(/\sas\s/).pop() ?? '').replace(/^\s*type\s+/, '').trim()));
    const exportedLocal = [...text.matchAll(/(?:^|\n)\s*export\s+(?:type\s+)?\{([^}]*)\}\s*;/g)].flatMap((m) =>
      (m[1] ?? '').split(',').map((n) => (n.split(/\sas\s/)[0] ?? '').replace(/^\s*type\s+/, '').trim()),
    );
    if (reexports || exportedLocal.some((n) => n !== '' && imported.includes(n))) out.add(file);
  }
  return out;
}

/** The protobuf and gRPC-Web runtimes, by package name: what the generated code is built on. */
const RUNTIMES = /^(google-protobuf|@improbable-eng\/grpc-web)(\/|$)/;

/** The packages (bare specifiers) a source imports, statically, type-only or through `import()`, type-only marked. */
function packagesOf(text: string): { readonly name: string; readonly typeOnly: boolean }[] {
  return [
    ...[...text.matchAll(/(?:^|\n)\s*(?:import|export)\s([^;]*?)from\s+'([^.'][^']*)'/g)].map((m) => ({
      name: m[2] ?? '',
      typeOnly: /^type\s/.test(m[1] ?? ''),
    })),
    ...[...text.matchAll(/(?:^|\n)\s*import\s+'([^.'][^']*)'/g)].map((m) => ({ name: m[1] ?? '', typeOnly: false })),
    ...[...text.matchAll(/\bimport\(\s*['"]([^.'"][^'"]*)['"]\s*\)/g)].map((m) => ({ name: m[1] ?? '', typeOnly: false })),
  ];
}

/**
 * Imports of the protobuf or gRPC-Web runtime outside generated/, services/ and testing/: a message built or read
 * by hand. The transport may name the runtime's types (`transport/grpc.ts`: the descriptor shape its calls take),
 * never load it.
 */
function runtimeLeaks(texts: Map<string, string>): string[] {
  return [...texts].flatMap(([file, text]) =>
    packagesOf(text)
      .filter((p) => RUNTIMES.test(p.name))
      .filter((p) => !/^(generated|services|testing)\//.test(file) && !(file.startsWith('transport/') && p.typeOnly))
      .map((p) => `${file} -> ${p.name}`),
  );
}

/**
 * Imports of generated stubs or service descriptors (or a services/ file that re-exports them, see
 * {@link carriers}) from outside services/ and testing/ (and the adapter itself); of generated flatbuffer code from
 * outside barrage/, arrow/ and testing/.
 */
function descriptorLeaks(graph: Map<string, string[]>, carrying: ReadonlySet<string> = new Set()): string[] {
  const leak = (file: string, dep: string): boolean => {
    if (FLATBUFFERS.test(dep)) return !/^(barrage|arrow|testing)\//.test(file);
    const generated = dep.startsWith('generated/') || dep === DESCRIPTOR_ADAPTER || carrying.has(dep);
    return generated && !(/^(services|testing)\//.test(file) || file === DESCRIPTOR_ADAPTER);
  };
  return [...graph].flatMap(([file, deps]) => deps.filter((d) => leak(file, d)).map((d) => `${file} -> ${d}`));
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'visiting');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 'visiting') found.push([...stack.slice(stack.indexOf(d)), d]);
      else if (state.get(d) === undefined && graph.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (state.get(f) === undefined) visit(f);
  return found;
}

describe('layers of src/', () => {
  const graph = importGraph();

  it('has files in every layer it knows and each file in a layer', () => {
    expect(graph.size).toBeGreaterThan(30);
    for (const f of graph.keys()) expect(() => layerOf(f), f).not.toThrow();
  });

  it('imports run one way: no file imports a higher layer, or another layer of its own rank', () => {
    const upward: string[] = [];
    for (const [file, deps] of graph) {
      const from = layerOf(file);
      for (const dep of deps) {
        const to = layerOf(dep);
        if (to.rank > from.rank || (to.rank === from.rank && to.layer !== from.layer))
          upward.push(`${file} (${from.layer}) -> ${dep} (${to.layer})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('only services/ and testing/ touch the generated stubs and service descriptors (the transport adapter re-exports them); only barrage/, arrow/ and testing/ the flatbuffer readers', () => {
    const texts = sources();
    const carrying = carriers(texts);
    // The one services module that hands generated code on today (to the services' own table calls).
    expect([...carrying]).toEqual(['services/table-service-more.ts']);
    expect(descriptorLeaks(graph, carrying)).toEqual([]);
  });

  it('only generated/, services/ and testing/ load the protobuf and gRPC-Web runtimes (the transport names their types)', () => {
    expect(runtimeLeaks(sources())).toEqual([]);
  });

  it('would catch a message class re-exported by services/ and used above it, and the protobuf runtime used by hand (the checks themselves work)', () => {
    const texts = new Map([
      ['services/more.ts', "export { FlightData } from '../generated/arrow/flight/protocol/flight_data_pb.js';\n"],
      ['services/again.ts', "import { Ticket as T } from '../transport/services.js';\nexport { T };\n"],
      [
        'services/plain.ts',
        "import { Ticket } from '../transport/services.js';\nexport { plain };\nexport type { FlightMessage } from '../arrow/ipc-message.js';\n",
      ],
      [
        'table/x.ts',
        "import * as pb from 'google-protobuf';\nimport type { Message } from 'google-protobuf';\nimport 'google-protobuf';\n",
      ],
      ['plugin/y.ts', "const m = () => import('google-protobuf/google/protobuf/any_pb.js');\n"],
      ['transport/grpc.ts', "import type { grpc } from '@improbable-eng/grpc-web';\n"],
      ['transport/z.ts', "import { grpc } from '@improbable-eng/grpc-web';\n"],
      ['services/ok.ts', "import { Message } from 'google-protobuf';\n"],
    ]);
    const carrying = carriers(texts);
    expect([...carrying]).toEqual(['services/more.ts', 'services/again.ts']);
    const bad = new Map([
      ['table/uses-more.ts', ['services/more.ts']],
      ['plugin/uses-again.ts', ['services/again.ts', 'services/plain.ts']],
      ['services/uses-more.ts', ['services/more.ts']],
    ]);
    expect(descriptorLeaks(bad, carrying)).toEqual(['table/uses-more.ts -> services/more.ts', 'plugin/uses-again.ts -> services/again.ts']);
    expect(runtimeLeaks(texts)).toEqual([
      'table/x.ts -> google-protobuf',
      'table/x.ts -> google-protobuf',
      'table/x.ts -> google-protobuf',
      'plugin/y.ts -> google-protobuf/google/protobuf/any_pb.js',
      'transport/z.ts -> @improbable-eng/grpc-web',
    ]);
  });

  it('would catch a generated descriptor used past the services layer, statically or through import() (the check itself works)', () => {
    const table = importsOf(
      'table/x.ts',
      "import { TableService } from '../transport/services.js';\nconst m = () => import('../generated/y_pb.js');\nimport '../generated/w_pb.js';\n",
    );
    expect(table).toEqual(['transport/services.ts', 'generated/w_pb.ts', 'generated/y_pb.ts']);
    const plugin = importsOf('plugin/z.ts', "type M = typeof import('../transport/services.js');\n");
    const bad = new Map([
      ['table/x.ts', table],
      ['plugin/z.ts', plugin],
      ['services/ok.ts', ['generated/y_pb.ts', 'transport/services.ts']],
      ['testing/ok.ts', ['transport/services.ts']],
      ['barrage/ok.ts', ['generated/flatbuffers/a/b.ts']],
      ['barrage/bad.ts', ['generated/y_pb.ts']],
      ['services/bad.ts', ['generated/flatbuffers/a/b.ts']],
      ['table/bad.ts', ['generated/flatbuffers/a/b.ts']],
    ]);
    expect(descriptorLeaks(bad)).toEqual([
      'table/x.ts -> transport/services.ts',
      'table/x.ts -> generated/w_pb.ts',
      'table/x.ts -> generated/y_pb.ts',
      'plugin/z.ts -> transport/services.ts',
      'barrage/bad.ts -> generated/y_pb.ts',
      'services/bad.ts -> generated/flatbuffers/a/b.ts',
      'table/bad.ts -> generated/flatbuffers/a/b.ts',
    ]);
  });

  it('has no import cycles (type-only imports included; loading on first use with import() breaks one)', () => {
    expect(cycles(importGraph('static')).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('would catch an upward import and a cycle (the checks themselves work)', () => {
    const bad = new Map([
      ['transport/x.ts', ['session/y.ts']],
      ['session/y.ts', ['transport/x.ts']],
    ]);
    expect(cycles(bad)).toHaveLength(1);
    expect(layerOf('transport/x.ts').rank).toBeLessThan(layerOf('session/y.ts').rank);
  });
});

/**
 * The test fixtures the benchmarks share (bench/ may import these from test/ and nothing else there): the harness
 * page launcher (which loads bench/page.ts into the page on request), the Python peer, the server scripts, and the
 * packed package with its size measure (the bench's bundle row measures what the size test measures).
 */
const SHARED_FIXTURES = /^test\/(browser\/harness-page\.ts|interop\/peer\.ts|server\/|consumers\/(pack|size)\.ts)/;

/** The project files (relative to the repo, as written) that each script under `dirs` imports, statically or not. */
function projectImports(dirs: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const scripts = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      if (n === 'node_modules' || n === 'generated') return [];
      if (statSync(p).isDirectory()) return scripts(p);
      return /\.(ts|mts|mjs|js)$/.test(n) ? [p] : [];
    });
  for (const path of dirs.flatMap((d) => scripts(join(repo, d)))) {
    const text = readFileSync(path, 'utf8');
    const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] ?? '');
    // `./x.js` names `./x.ts` in TypeScript sources.
    const file = (spec: string): string => {
      const p = resolve(dirname(path), spec);
      return relative(repo, p.endsWith('.js') && existsSync(p.replace(/\.js$/, '.ts')) ? p.replace(/\.js$/, '.ts') : p);
    };
    graph.set(relative(repo, path), [...new Set(specs.map(file))]);
  }
  return graph;
}

/** Imports that cross between src/, bench/ and test/ against the rules. */
function crossings(graph: Map<string, string[]>): string[] {
  const wrong = (file: string, dep: string): boolean => {
    if (file.startsWith('test/')) return dep.startsWith('bench/');
    if (file.startsWith('bench/')) return dep.startsWith('test/') && !SHARED_FIXTURES.test(dep);
    if (file.startsWith('src/')) return dep.startsWith('test/') || dep.startsWith('bench/');
    return false;
  };
  return [...graph].flatMap(([file, deps]) => deps.filter((d) => wrong(file, d)).map((d) => `${file} -> ${d}`));
}

describe('bench/ and test/', () => {
  const graph = projectImports(['src', 'bench', 'test']);

  it('import one way: test/ never imports bench/; bench/ takes only the shared fixtures from test/; src/ neither', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect([...graph.keys()].some((f) => f.startsWith('bench/'))).toBe(true);
    expect(crossings(graph)).toEqual([]);
  });

  it('would catch a test importing a benchmark and a benchmark reaching into test internals (the check itself works)', () => {
    const bad = new Map([
      ['test/browser/page/harness.ts', ['bench/rx.ts']],
      ['bench/suite.ts', ['test/browser/harness-page.ts', 'test/interop/peer.ts', 'test/server/server.mjs', 'test/scenarios/live.ts']],
      ['src/index.ts', ['test/server/env.mjs']],
    ]);
    expect(crossings(bad)).toEqual([
      'test/browser/page/harness.ts -> bench/rx.ts',
      'bench/suite.ts -> test/scenarios/live.ts',
      'src/index.ts -> test/server/env.mjs',
    ]);
    expect(projectImports(['bench']).get('bench/suite.ts')).toContain('test/browser/harness-page.ts');
  });
});
