// Sums the Vitest and Playwright JSON reports into the one closing line CI reads: "N passed, N failed".
// A report that is missing (its stage never ran because an earlier one failed) is said so, not guessed.
import { existsSync, readFileSync } from 'node:fs';

const reports = [
  {
    name: 'vitest',
    file: 'test-reports/vitest.json',
    count: (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
  },
  {
    name: 'playwright',
    file: 'test-reports/playwright.json',
    count: ({ stats }) => ({ passed: stats.expected + stats.flaky, failed: stats.unexpected }),
  },
  {
    // The demo scenarios at fast pace, and the playback of the one recorded video.
    name: 'playwright demos',
    file: 'test-reports/playwright-demos.json',
    count: ({ stats }) => ({ passed: stats.expected + stats.flaky, failed: stats.unexpected }),
  },
];

let passed = 0;
let failed = 0;
let missing = 0;
for (const { name, file, count } of reports) {
  if (!existsSync(file)) {
    console.log(`${name}: no report (${file}); its stage did not run`);
    missing += 1;
    continue;
  }
  const result = count(JSON.parse(readFileSync(file, 'utf8')));
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed`);
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = missing > 0 || failed > 0 ? 1 : 0;
