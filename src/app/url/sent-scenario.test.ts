import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/index.ts';
import { PRESET_NAMES, PRESETS } from '../../engine/scenario/presets.ts';
import { randomScenario } from '../../engine/test-support/random-scenario.ts';
import { fromParts, fromSent, toPartsInSlices, toSent } from './sent-scenario.ts';

/** What the page reads back from the worker's message is the scenario and file it validated. */
async function expectSameReadBack(raw: unknown): Promise<void> {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error('invalid scenario');
  const decoded = { ok: true as const, scenario: parsed.scenario, file: parsed.file };
  const back = await fromSent(toSent(decoded), async () => {});
  // Strictly: no key left undefined, no value JSON cannot carry.
  expect(isDeepStrictEqual(back, decoded)).toBe(true);
  // And in the same order: the file is what the URL writer compresses.
  expect(JSON.stringify(back)).toBe(JSON.stringify(decoded));
}

describe('the scenario the worker sends as JSON text', () => {
  it('reads back the same for the presets and 200 random scenarios', async () => {
    for (const name of PRESET_NAMES) await expectSameReadBack(PRESETS[name]);
    await fc.assert(fc.asyncProperty(randomScenario, expectSameReadBack), { numRuns: 200 });
  });

  it('reads back a scenario whose nodes and pods are sent in parts, in their order', async () => {
    const nodes = Array.from({ length: 2_500 }, (_, i) => ({ name: `node-${i}` }));
    await expectSameReadBack({
      title: 'In parts',
      vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'vsw-a', cidr: '10.0.0.0/16' }], routeQuota: 3_000 },
      cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
      nodes,
      pods: nodes.slice(1).flatMap((n) => [0, 1].map((j) => ({ name: `${n.name}-pod-${j}`, node: n.name }))),
    });
  });

  it('passes a refusal as it is', async () => {
    const back = await fromSent(toSent({ ok: false, message: 'no' }), async () => {});
    expect(back).toEqual({ ok: false, message: 'no' });
  });

  it("sends a what-if's document in parts made a slice at a time, read back the same, yielding between slices", async () => {
    const nodes = Array.from({ length: 5_000 }, (_, i) => ({ name: `node-${i}` }));
    const file = {
      title: 'What-if',
      vpc: { cidr: '10.0.0.0/8', routeQuota: 7 },
      nodes,
      pods: nodes.flatMap((n) => [0, 1, 2].map((j) => ({ name: `${n.name}-pod-${j}`, node: n.name }))),
    };
    let yielded = 0;
    // A slice of 0 ms: a turn of the page between any two parts.
    const sent = await toPartsInSlices(file, async () => void yielded++, 0);
    expect(yielded).toBeGreaterThan(0);
    expect(sent.arrays.map((a) => [a.key, a.parts.length])).toEqual([
      ['nodes', 3],
      ['pods', 8],
    ]);
    const back = await fromParts(sent, async () => {});
    expect(JSON.stringify(back)).toBe(JSON.stringify(file));
  });
});
