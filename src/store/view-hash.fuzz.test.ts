/**
 * The fuzz suite for the URL codec: hostile hashes (every parameter the codec reads, given
 * hostile values, repeated, percent-encoded wrongly, or named like prototype keys) end in a view
 * of well-formed parts and a sentence for each walk or what-if part that was dropped, never in an
 * exception; a store made from one shows it, or says why not.
 */
import '../test-support/packet-engine.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initFromHash } from '../app/url/view-url.ts';
import { english, FAULT_KINDS } from '../engine/index.ts';
import { HOSTILE_SEED, hostileString } from '../engine/test-support/hostile.ts';
import { createExplorerStore } from './create-explorer-store.ts';
import { formatHash, parseHash, readHash } from './view-hash.ts';

const CASES = 300;
const STORE_CASES = 60;
/** A bound generous enough for a busy 2-core machine; a freeze would pass it by far. */
const MOST_MS_PER_CASE = 2_000;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const PARAMS = ['s', 'preset', 'step', 'sel', 'tab', 'trace', 'hop', 'faults', 'quota', 'clustermask'];
const READ_AS = /^(trace|faults|quota|clustermask)(=|: )/;

const value = fc.oneof(
  hostileString,
  fc.constantFrom('pod:web-1,pod:api-1', 'pod:web-1', '3', '-1', '1e400', 'NaN', '99999999999999999999'),
  fc.constantFrom(...FAULT_KINDS).map((kind) => `${kind}:node-b,rm-rf:node-a`),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'a,'.repeat(n)),
);
const name = fc.oneof(fc.constantFrom(...PARAMS), hostileString);
const hostileHash = fc.oneof(
  fc
    .array(fc.tuple(name, value), { maxLength: 6 })
    .map((pairs) => `#/?${new URLSearchParams(pairs.map(([n, v]) => [n, v])).toString()}`),
  // Raw text after `#/?`: broken percent-escapes, stray separators, no escaping at all.
  fc
    .array(fc.tuple(name, value), { maxLength: 4 })
    .map((pairs) => `#/?${pairs.map(([n, v]) => `${n}=${v}`).join('&')}`),
  hostileString,
);

function expectReadOrExplained(hash: string): void {
  const started = performance.now();
  const { view, refused } = readHash(hash);
  expect(performance.now() - started).toBeLessThan(MOST_MS_PER_CASE);
  // What it reads is what it writes back.
  expect(parseHash(formatHash(view))).toEqual(view);
  for (const sentence of refused.map(english)) {
    expect(sentence).toMatch(READ_AS);
    expect(sentence).not.toMatch(RAW_CONTROL);
    expect(sentence.length).toBeLessThan(400);
  }
  if (view.whatIf?.routeQuota !== undefined) expect(Number.isFinite(view.whatIf.routeQuota)).toBe(true);
}

describe(`URL codec under ${CASES + STORE_CASES} hostile hashes`, () => {
  it(`reads ${CASES} hostile hashes into well-formed views, saying what it dropped`, () => {
    fc.assert(fc.property(hostileHash, expectReadOrExplained), { seed: HOSTILE_SEED, numRuns: CASES });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  }, 120_000);

  it(`makes a store from ${STORE_CASES} hostile hashes that shows them or says why not`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileHash, async (hash) => {
        const state = createExplorerStore({ ...(await initFromHash(hash)), devtools: false }).getState();
        expect(state.step).toBeGreaterThanOrEqual(0);
        expect(state.step).toBeLessThanOrEqual(state.construction.steps.length);
        if (state.whatIfError !== null) expect(english(state.whatIfError)).not.toMatch(RAW_CONTROL);
      }),
      { seed: HOSTILE_SEED, numRuns: STORE_CASES },
    );
  }, 120_000);
});
