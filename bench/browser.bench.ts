/**
 * Browser benchmark (DESIGN.md §4, issue 16): plays the article preset, a 20-node and a 200-node
 * scenario at 4×, and a cross-node packet walk on the article preset, in headless Chromium against
 * the built site, and prints fps, p50/p95 frame time and dropped frames, the step response (click
 * on Next step → next paint) at 20 and 200 nodes, the page's DOM node count at 200 nodes, and the
 * gzipped size of the first load. Run `npm run build` first, then
 * `node --import tsx bench/browser.bench.ts`. Chromium: $CHROMIUM_PATH, /usr/bin/chromium, or
 * Playwright's own. Exits 1 when a target is missed.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { encodeScenarioParam } from '../src/app/url/scenario-param.ts';
import { construct } from '../src/engine/index.ts';
import { parseScenario } from '../src/engine/scenario/parse.ts';
import { firstLoadAssets } from './browser/first-load.ts';
import { type FrameStats, frameStats, recordFrames } from './browser/frames.ts';
import { measurePacketWalk } from './browser/packet-walk.ts';
import { startPreview } from './browser/preview-server.ts';
import { measureStepResponse } from './browser/step-response.ts';
import { twentyNodeScenarioFile } from './browser/twenty-nodes.ts';
import { largeScenarioDocument } from './scenarios.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4185);
const PLAY_MS = 10_000;
const RESPONSE_CLICKS = 25;
const TARGETS = { articleP95: 16.7, twentyP95: 33, firstLoadKb: 110 };
/** Issue 16's targets at 200 nodes: printed against, not failed on (a shared 2-core machine). */
const BIG = { nodes: 200, podsPerNode: 4, p95: 16.7, responseP95: 50, domNodes: 10_000 };
/** Two frames at 60 Hz: the step response is printed against it, not failed on (it is noisy). */
const TWO_FRAMES_MS = 2000 / 60;
// NOTE: rAF timestamps are coarsened (100 µs) and jitter around the 16.67 ms vsync, so an
// on-time frame can read 16.8 ms; a dropped frame reads ≥ 33 ms. Compare with this slack.
const JITTER_MS = 0.5;
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
];

interface Run {
  readonly frames: FrameStats;
  /** Elements in the page once the step list is shown, before playing. */
  readonly domNodes: number;
  /** Click on "Next step" to the end of the frame that shows it, sorted. */
  readonly response: readonly number[];
}

function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.reload();
  await page.getByRole('list', { name: 'Construction steps' }).waitFor();
}

/** Plays from `hash` at 4× and records frames; then, from the same start, times single steps. */
async function measure(page: Page, url: string): Promise<Run> {
  await open(page, url);
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  await page.getByLabel('Speed').selectOption('4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const frames = frameStats(await recordFrames(page, PLAY_MS));
  await open(page, url);
  const response = (await measureStepResponse(page, RESPONSE_CLICKS)).sort((a, b) => a - b);
  return { frames, domNodes, response };
}

/** The 1-minute load average: on the shared 2-core machine every browser figure depends on it. */
function load(): string {
  return `load average ${loadavg()[0]?.toFixed(1)}`;
}

function meets(ms: number, target: number): boolean {
  return ms <= target + JITTER_MS;
}

function at(sorted: readonly number[], p: number): string {
  return (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN).toFixed(
    1,
  );
}

function frameLine(label: string, s: FrameStats, target: number): string {
  const verdict = meets(s.p95, target) ? 'ok' : 'MISSED';
  const fps = s.frames > 0 ? (1000 * s.frames) / s.total : 0;
  return `  ${label.padEnd(24)} ${fps.toFixed(0).padStart(2)} fps  p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms (target ≤ ${target}: ${verdict})  max ${s.max.toFixed(1)} ms  frames ${s.frames}  dropped ${s.dropped}`;
}

function printFirstLoad(): number {
  const assets = firstLoadAssets('dist');
  const gzipKb = assets.reduce((sum, a) => sum + a.gzip, 0) / 1024;
  console.log('first load (gzip -9):');
  for (const a of assets) {
    console.log(
      `  ${a.file.padEnd(40)} ${(a.bytes / 1024).toFixed(1)} kB → ${(a.gzip / 1024).toFixed(1)} kB`,
    );
  }
  const verdict = gzipKb <= TARGETS.firstLoadKb ? 'ok' : 'MISSED';
  console.log(`  total ${gzipKb.toFixed(1)} kB (target ≤ ${TARGETS.firstLoadKb}: ${verdict})`);
  return gzipKb;
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/index.html is missing: run `npm run build` first');
  const gzipKb = printFirstLoad();

  const file = twentyNodeScenarioFile();
  // Start the 20- and 200-node runs where the pods arrive: the diagram is at its fullest there.
  const podPhase = podPhaseStart(file);
  const bigFile = largeScenarioDocument(BIG.nodes, BIG.podsPerNode);
  const bigPodPhase = podPhaseStart(bigFile);

  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const loads: string[] = [];
    const article = await measure(page, `${server.url}#/?preset=article&step=0`);
    loads.push(`article ${load()}`);
    const twenty = await measure(page, `${server.url}#/?s=${encodeScenarioParam(file)}&step=${podPhase}`);
    loads.push(`20 nodes ${load()}`);
    const big = await measure(page, `${server.url}#/?s=${encodeScenarioParam(bigFile)}&step=${bigPodPhase}`);
    loads.push(`${BIG.nodes} nodes ${load()}`);
    const walk = await measurePacketWalk(page, server.url, PLAY_MS);
    loads.push(`walk ${load()}`);
    console.log(`after each run: ${loads.join('; ')}`);
    console.log(`frame times while playing at 4× for ${PLAY_MS / 1000} s (1440×900, headless Chromium):`);
    console.log(frameLine('article preset', article.frames, TARGETS.articleP95));
    console.log(frameLine(`20 nodes, from step ${podPhase}`, twenty.frames, TARGETS.twentyP95));
    console.log(frameLine(`${BIG.nodes} nodes, from step ${bigPodPhase}`, big.frames, BIG.p95));
    console.log(frameLine('article, cross-node walk', walk, TARGETS.articleP95));
    console.log(
      `step response (click on Next step → end of the frame that shows it; DESIGN §4: within a frame or two, ${TWO_FRAMES_MS.toFixed(1)} ms):`,
    );
    for (const [label, run] of [
      ['article preset', article],
      ['20 nodes', twenty],
      [`${BIG.nodes} nodes`, big],
    ] as const) {
      console.log(
        `  ${label.padEnd(24)} p50 ${at(run.response, 50)} ms  p95 ${at(run.response, 95)} ms  (${run.response.length} steps)`,
      );
    }
    const bigResponse = Number(at(big.response, 95));
    console.log(
      `  ${BIG.nodes} nodes target p95 ≤ ${BIG.responseP95} ms: ${bigResponse <= BIG.responseP95 ? 'ok' : 'MISSED'}`,
    );
    console.log('DOM nodes (elements in the page, step list shown):');
    for (const [label, run] of [
      ['article preset', article],
      ['20 nodes', twenty],
      [`${BIG.nodes} nodes`, big],
    ] as const) {
      console.log(`  ${label.padEnd(24)} ${run.domNodes}`);
    }
    console.log(
      `  ${BIG.nodes} nodes target ≤ ${BIG.domNodes}: ${big.domNodes <= BIG.domNodes ? 'ok' : 'MISSED'}`,
    );
    const missed =
      !meets(article.frames.p95, TARGETS.articleP95) ||
      !meets(walk.p95, TARGETS.articleP95) ||
      !meets(twenty.frames.p95, TARGETS.twentyP95) ||
      gzipKb > TARGETS.firstLoadKb;
    if (missed) process.exitCode = 1;
  } finally {
    await browser.close();
    server.stop();
  }
}

/** The index of the first step of the pod phase (0 when there is none). */
function podPhaseStart(file: unknown): number {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(`bench scenario invalid: ${parsed.errors[0]?.message}`);
  return Math.max(
    0,
    construct(parsed.scenario).steps.findIndex((s) => s.phase === 'pod'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
