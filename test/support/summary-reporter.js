/**
 * Makes the run end with one plain line that CI reads: "tests: N passed, N failed". Jest prints its
 * own summary after every reporter, so the line is left for the global teardown to print last. A
 * run in which no test ran is a failure, whatever jest thinks of it.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    globalThis.__TEST_SUMMARY_LINE__ = `tests: ${passed} passed, ${failed} failed`;
    if (results.numTotalTests === 0) {
      process.stdout.write('\nno test ran: failing the run\n');
      process.exitCode = 1;
    }
  }
}
module.exports = SummaryReporter;
