import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../test-support/packet-engine.ts';
import { UPDATE_GOLDEN } from '../engine/test-support/golden.ts';
import { cliOutputDigests } from './test-outputs.ts';

// NOTE: the digests were made by the code before the engine's data layout changed (issue 16):
// the faster engine must print byte for byte what the slower one printed. A change meant to
// alter an artifact or a trace updates them with UPDATE_GOLDEN=1, in a commit of its own.
const GOLDEN = new URL('./golden/cli-outputs.json', import.meta.url);

describe('CLI output on the presets and 100 random scenarios', () => {
  it('show (every artifact of every target) and trace --json print what they printed before', () => {
    const digests = cliOutputDigests();
    if (UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(digests, null, 2)}\n`);
    const golden = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string>) : {};
    expect(Object.keys(digests)).toHaveLength(104);
    const differing = Object.keys(digests).filter((label) => digests[label] !== golden[label]);
    expect(differing).toEqual([]);
  }, 120_000);
});
