// Every `@example` in the TSDoc of src/ and every ```ts block of the README compiles against the public API
// (strict settings as the project's own), each as its own module with a few ambient names (`session`, `table`…).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface Example {
  where: string;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'generated') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function tsdocExamples(): Example[] {
  const out: Example[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
      const line = text.slice(0, m.index).split('\n').length;
      const code = (m[1] ?? '')
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n');
      out.push({ where: `${relative(root, file)}:${line}`, code });
    }
  }
  return out;
}

function readmeExamples(): Example[] {
  const text = readFileSync(join(root, 'README.md'), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => ({
    where: `README.md:${text.slice(0, m.index).split('\n').length}`,
    code: m[1] ?? '',
  }));
}

const index = readFileSync(join(root, 'src/index.ts'), 'utf8');
/** Every name the public entry exports (values and types). */
const publicNames = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap((m) =>
  (m[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== ''),
);
const rxNames = ['firstValueFrom', 'lastValueFrom', 'Observable', 'take', 'toArray', 'map', 'filter'];
const ambient: Record<string, string> = {
  session: 'Session',
  a: 'Session',
  b: 'Session',
  table: 'Table',
  objects: 'ExportableObjects',
  url: 'string',
  sharedTicket: 'SharedTicket',
  trades: 'Table',
  refData: 'Table',
  userInput: 'string',
  employees: 'Table',
  rollup: 'RollupTable',
  tree: 'TreeTable',
};

/** The example as a module: its own imports first, then the public names it did not import, then its body. */
function moduleOf(example: Example): string {
  const lines = example.code.split('\n');
  const imports = lines.filter((l) => /^import\s/.test(l));
  const body = lines.filter((l) => !/^import\s/.test(l));
  const imported = new Set(
    imports.flatMap((l) => [...(l.match(/\{([^}]*)\}/)?.[1] ?? '').split(',')].map((s) => s.trim().replace(/^type\s+/, ''))),
  );
  const fromSdk = publicNames.filter((n) => !imported.has(n));
  const fromRx = rxNames.filter((n) => !imported.has(n));
  const declared = Object.entries(ambient)
    .map(([name, type]) => `declare const ${name}: ${type};`)
    .join('\n');
  return [
    ...imports,
    `import { ${fromSdk.join(', ')} } from 'deephaven-rx';`,
    `import { ${fromRx.join(', ')} } from 'rxjs';`,
    declared,
    'export async function example(): Promise<void> {',
    ...body,
    '}',
  ].join('\n');
}

const examples = [...tsdocExamples(), ...readmeExamples()];

describe('documentation examples', () => {
  it('there are examples in the TSDoc and the README', () => {
    expect(tsdocExamples().length).toBeGreaterThanOrEqual(6);
    expect(readmeExamples().length).toBeGreaterThanOrEqual(5);
  });

  it('every value the public entries export (classes, functions, constants) has an @example', () => {
    const missing: string[] = [];
    for (const entry of ['src/index.ts', 'src/testing/index.ts']) {
      const text = readFileSync(join(root, entry), 'utf8');
      for (const m of text.matchAll(/export \{([^}]*)\} from '([^']+)'/g)) {
        const file = join(
          root,
          'src',
          (entry.includes('testing') ? 'testing/' : '') + (m[2] ?? '').replace(/^\.\//, '').replace(/\.js$/, '.ts'),
        );
        const source = readFileSync(file, 'utf8');
        for (const name of (m[1] ?? '')
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n !== '' && !n.startsWith('type '))) {
          const decl = new RegExp(
            `(?:^|\\n)((?:/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/\\n)?)export (?:abstract )?(?:class|function|const|enum) ${name}\\b`,
          ).exec(source);
          if (decl === null || !(decl[1] ?? '').includes('@example')) missing.push(`${name} (${relative(root, file)})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every example compiles against the public API', { timeout: 60_000 }, () => {
    const files = new Map(examples.map((e, i) => [join(root, `__example_${i}.ts`), moduleOf(e)]));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node'],
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      esModuleInterop: true,
      baseUrl: root,
      paths: { 'deephaven-rx': ['./src/index.ts'], 'deephaven-rx/testing': ['./src/testing/index.ts'] },
    };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    const exists = host.fileExists.bind(host);
    const getSource = host.getSourceFile.bind(host);
    host.readFile = (f) => files.get(f) ?? read(f);
    host.fileExists = (f) => files.has(f) || exists(f);
    host.getSourceFile = (f, lang, ...rest) => {
      const text = files.get(f);
      return text !== undefined ? ts.createSourceFile(f, text, lang) : getSource(f, lang, ...rest);
    };
    const program = ts.createProgram([...files.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && files.has(d.file.fileName))
      .map((d) => {
        const i = Number(/__example_(\d+)\.ts$/.exec(d.file?.fileName ?? '')?.[1]);
        const { line } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? { line: 0 };
        const text = files.get(d.file?.fileName ?? '')?.split('\n')[line] ?? '';
        return `${examples[i]?.where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n    ${text.trim()}`;
      });
    expect(problems).toEqual([]);
  });
});
