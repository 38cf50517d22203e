/**
 * The fuzz suite for the command line: hostile scenario texts and bytes end in exit 0 with a
 * summary or exit 1 with `path: message` lines, and nothing printed holds a raw control character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_SEED, hostileText } from '../engine/test-support/hostile.ts';
import { captureIo } from './capture-io.ts';
import { runCli } from './run.ts';

const CASES = 150;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function expectRefusedOrValid(input: string | Uint8Array): Promise<void> {
  const io = captureIo({ 'hostile.json': input });
  const status = await runCli(['validate', 'hostile.json'], io);
  expect([0, 1]).toContain(status);
  expect(io.stdout()).not.toMatch(RAW_CONTROL);
  expect(io.stderr()).not.toMatch(RAW_CONTROL);
  if (status === 0) expect(io.stdout()).toMatch(/^valid: /);
  else
    for (const line of io.stderr().trimEnd().split('\n'))
      expect(line).toMatch(/^(\S+: \S|cannot read hostile\.json: )/);
}

describe(`command line under ${2 * CASES} hostile files`, () => {
  it(`validate answers ${CASES} hostile texts with a summary or path: message lines`, async () => {
    await fc.assert(fc.asyncProperty(hostileText, expectRefusedOrValid), {
      seed: HOSTILE_SEED,
      numRuns: CASES,
    });
  }, 120_000);

  it(`validate answers ${CASES} arbitrary byte strings without a raw control character`, async () => {
    const bytes = fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0x7b, 0x22, ...b]));
    await fc.assert(fc.asyncProperty(bytes, expectRefusedOrValid), { seed: HOSTILE_SEED, numRuns: CASES });
  }, 60_000);
});
