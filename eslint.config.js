// Lint (`npm run lint`): typescript-eslint's strict type-aware rules on every TypeScript file the tsconfig covers,
// ESLint's recommended rules on the plain JavaScript (server scripts, consumer apps). Layout is Biome's business
// (`biome.json`, `npm run format`), so no rule here is about it. Warnings fail the run (`--max-warnings 0`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated stubs (`npm run proto`), build output, fetched tools and test output are not ours to lint.
    ignores: ['src/generated/', 'dist/', 'docs/api/', 'proto/.tools/', '.dh/', 'test/consumers/.work/', 'test-results/', 'bench-results/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    rules: {
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      'max-depth': ['error', 5],
      // `x != null` is the one idiom for "null or undefined" (apache-arrow's optional fields are either).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Tests, benchmarks and scripts: the recommended type-aware set (floating and misused promises, unsafe `any`,
    // unbound methods, awaits of non-promises…). Tests keep their `!` and `browser?.close()` in `afterAll`.
    files: ['**/*.ts', '**/*.mts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `_` marks a parameter or binding kept on purpose (as tsc's noUnusedParameters reads it); `{ a: _a, ...rest }`
      // is how an object loses a key.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // A caught `unknown` passed on unchanged (`catch (err) { …; return Promise.reject(err); }`) is not a new reason.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // apache-arrow's `DataType` subclasses all print themselves (`Int32`, `Utf8`…); its typings only omit `toString`.
      '@typescript-eslint/no-base-to-string': ['error', { ignoredTypeNames: ['Error', 'RegExp', 'URL', 'URLSearchParams', 'DataType'] }],
    },
  },
  {
    // In tests, `any` comes from the libraries' own typings (Vitest's `expect.stringMatching(…)`, rows of untyped
    // Arrow tables); tests may pass it on, but not write `any` themselves (no-explicit-any stays on).
    files: ['test/**/*.ts', 'test/**/*.mts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Stubs and fakes of async interfaces are async functions that need no await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The SDK and the demo app: the strict set on top (unnecessary conditions and assertions, no `!`, …).
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    rules: {
      // `(x) => subscriber.next(x)` and `if (done) return this.finish(status);` in a void function are house style.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true }],
      // Numbers (bigints too) and booleans read well in messages; objects, nullish values and `any` still need `String(…)`.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    // The SDK and the demo: small functions. A `switch` counts once ("modified"), so a flat table of cases passes.
    files: ['src/**/*.ts', 'demo/**/*.ts'],
    rules: { complexity: ['error', { max: 15, variant: 'modified' }] },
  },
  {
    // These files drive the server's own JS API (`dh-core.js`, loaded in the page), which ships no typings: its
    // objects are `any` by necessity. Nothing else is switched off here.
    files: [
      'bench/jsapi.ts',
      'bench/live/jsapi-live.ts',
      'bench/live/hierarchical.ts',
      'test/browser/page/console-page.ts',
      'test/scenarios/dashboard.ts',
      'test/scenarios/hierarchical.ts',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
