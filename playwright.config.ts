import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { SITE_PORT as PORT } from './e2e/ports.ts';

/**
 * The Chromium to drive: $CHROMIUM_PATH, else the system's /usr/bin/chromium, else Playwright's
 * own browser (`npx playwright install chromium`). scripts/test-all.mjs checks the same order
 * before it starts Playwright, so a missing browser gets a clear message there.
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

// NOTE: these flags keep Chromium quiet on a machine without GPU or outside network: no sandbox
// (runs as root in CI), no QUIC or background fetches that would show up as failed requests.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its outputDir at start: keep it apart from test-results/unit.json.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // No retries: a test that fails once is a failure. The timeouts are sized instead for a 2-core
  // machine busy with other jobs: with a load average of 13–21 the axe test over three steps took
  // 69–129 s and the smoke test 82–87 s, where the default timeout is 30 s.
  retries: 0,
  workers: 1,
  timeout: 300_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
  ],
  // Build from the current sources every run (vite build only: `npm run typecheck` checks types),
  // so e2e never tests a stale dist/.
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    // The build alone took over a minute on the busy 2-core machine.
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
