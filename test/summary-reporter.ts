import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends a run with one plain line, `tests: N passed, N failed, N skipped`, that any CI log reader understands, and
 * the files or suites whose own hooks failed (a failing `afterAll` fails no test but does fail the run).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const broken: string[] = [];
    for (const module of modules) {
      if (module.state() === 'failed' && module.errors().length > 0) broken.push(module.moduleId);
      for (const suite of module.children.allSuites()) {
        if (suite.state() === 'failed' && suite.errors().length > 0) broken.push(`${module.moduleId} > ${suite.name}`);
      }
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    for (const b of broken) console.log(`failed outside any test (a hook): ${b.replace(process.cwd() + '/', '')}`);
  }
}
