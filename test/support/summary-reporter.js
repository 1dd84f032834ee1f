/**
 * Ends the run with one plain line that CI reads: "tests: N passed, N failed". A run in which no test
 * ran is a failure, whatever jest thinks of it.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
    if (results.numTotalTests === 0) {
      process.stdout.write('no test ran: failing the run\n');
      process.exitCode = 1;
    }
  }
}
module.exports = SummaryReporter;
