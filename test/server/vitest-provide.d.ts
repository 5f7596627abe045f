// Values the test set-up provides to test files through Vitest's `inject`.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Deephaven server for this test run. */
    dhUrl: string;
  }
}
