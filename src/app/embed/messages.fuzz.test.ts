/**
 * The fuzz suite for the embed's postMessage API: hostile messages (known and unknown types,
 * fields of every hostile class, extra and prototype keys, hostile scenarios as objects and as
 * text) are ignored, refused with a sentence and the field's path, or read as valid, never with
 * an exception, within a time bound, and without polluting a prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOSTILE_SEED,
  hostileDocument,
  hostileString,
  hostileText,
} from '../../engine/test-support/hostile.ts';
import { readHostMessage } from './messages.ts';

const CASES = 250;
const MOST_MS_PER_CASE = 5_000;
const TYPES = ['podpath:set-scenario', 'podpath:set-preset', 'podpath:set-step', 'podpath:set-trace'];

const field = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(-1, 0, 1.5, 1e20, Number.NaN, Number.POSITIVE_INFINITY, null, true, [], {}),
  fc.jsonValue(),
);
const hostileMessage: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .record(
      {
        type: fc.oneof(
          fc.constantFrom(...TYPES),
          hostileString.map((s) => `podpath:${s}`),
          hostileString,
        ),
        preset: field,
        step: field,
        from: field,
        to: field,
        hop: field,
        scenario: fc.oneof(hostileDocument, hostileText, field),
        extra: field,
      },
      { requiredKeys: ['type'] },
    )
    .map((message) => message as unknown),
  fc
    .tuple(fc.constantFrom(...TYPES), fc.constantFrom('__proto__', 'constructor', 'prototype'))
    .map(([type, key]) => JSON.parse(`{"type": "${type}", "${key}": {"polluted": true}}`) as unknown),
  field,
);

function expectSorted(data: unknown): void {
  const started = performance.now();
  const inbound = readHostMessage(data);
  expect(performance.now() - started).toBeLessThan(MOST_MS_PER_CASE);
  if (inbound.kind !== 'invalid') return;
  expect(inbound.error.type).toBe('podpath:error');
  expect(inbound.error.message).toMatch(/^\S.*\S$/s);
  expect(inbound.error.message.length).toBeLessThanOrEqual(501);
  if (inbound.error.path !== undefined) expect(inbound.error.path).toMatch(/^\S+$/);
}

describe(`message API under ${CASES} hostile messages`, () => {
  it(`ignores, refuses with a path and a sentence, or reads ${CASES} hostile messages`, () => {
    fc.assert(fc.property(hostileMessage, expectSorted), { seed: HOSTILE_SEED, numRuns: CASES });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  }, 180_000);
});
