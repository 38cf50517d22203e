// `npm test`: unit tests (Vitest), then e2e (Playwright, which builds and serves the site itself),
// then one closing line `N passed, N failed[, N skipped] (the fuzz suites ran N hostile cases)`
// summed over both, for people and CI.
// Exits non-zero if a runner fails, a test fails, or a report is missing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = 'test-results';
const UNIT_REPORT = join(RESULTS, 'unit.json');
const E2E_REPORT = join(RESULTS, 'e2e.json');

/** Runs a local binary with inherited output; resolves to its exit code. */
function run(bin, args) {
  return new Promise((resolve) => {
    const child = spawn(join('node_modules', '.bin', bin), args, {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`test-all: could not start ${bin}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Same order as playwright.config.ts: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's own. */
async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    return existsSync(bundled) ? bundled : undefined;
  } catch {
    return undefined;
  }
}

/** Counts from Vitest's JSON report; a file that failed to load counts as one failure. */
function unitCounts(report) {
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/**
 * How many hostile cases the fuzz suites ran: their tests are named for their budget ("… 200
 * hostile documents"), so the count is read from the names of the fuzz tests that passed.
 */
function fuzzCases(report) {
  let cases = 0;
  for (const file of report?.testResults ?? []) {
    if (!/\.fuzz\.test\.ts$/.test(file.name ?? '')) continue;
    for (const test of file.assertionResults ?? []) {
      const budget = /\b(\d+) (?:hostile|arbitrary)\b/.exec(test.title ?? '');
      if (test.status === 'passed' && budget) cases += Number(budget[1]);
    }
  }
  return cases;
}

/** Counts from Playwright's JSON report; errors outside tests (web server, config) count as failures. */
function e2eCounts(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors ?? []).length,
    skipped: stats.skipped ?? 0,
  };
}

/** Turns one runner's exit code and report into counts; a failed run with no failed test counts as one. */
function tally(name, code, report, count) {
  if (!report) {
    console.error(`test-all: ${name} wrote no report; counted as 1 failure.`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const counts = count(report);
  if (code !== 0 && counts.failed === 0) {
    console.error(`test-all: ${name} exited with code ${code} without a failed test; counted as 1 failure.`);
    counts.failed = 1;
  }
  return counts;
}

rmSync(UNIT_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });
mkdirSync(RESULTS, { recursive: true });

const unitCode = await run('vitest', [
  'run',
  '--passWithNoTests',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${UNIT_REPORT}`,
]);
const unitReport = readJson(UNIT_REPORT);
const unit = tally('vitest', unitCode, unitReport, unitCounts);
const fuzzed = fuzzCases(unitReport);

let e2e;
const browser = await findChromium();
if (!browser) {
  console.error(
    [
      '',
      'test-all: no Chromium found for the e2e tests; they did not run (counted as 1 failure).',
      process.env.CHROMIUM_PATH ? `  CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.` : '',
      '  Give Playwright a browser in one of these ways:',
      '    - set CHROMIUM_PATH to a Chromium or Chrome executable,',
      '    - install the system one at /usr/bin/chromium (Debian: apt-get install chromium),',
      "    - or download Playwright's own: npx playwright install chromium",
    ]
      .filter(Boolean)
      .join('\n'),
  );
  e2e = { passed: 0, failed: 1, skipped: 0 };
} else {
  const e2eCode = await run('playwright', ['test']);
  e2e = tally('playwright', e2eCode, readJson(E2E_REPORT), e2eCounts);
}

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
const skipped = unit.skipped + e2e.skipped;
console.log(
  `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}` +
    ` (the fuzz suites ran ${fuzzed} hostile cases)`,
);
process.exitCode = failed > 0 ? 1 : 0;
