import { describe, expect, it } from 'vitest';
import { construct } from '../../engine/index.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { phaseJump } from './phase-jump.ts';

const steps = construct(presetScenario('article')).steps;
const firstOf = (phase: string) => steps.findIndex((s) => s.phase === phase) + 1;

describe('phaseJump', () => {
  it('goes from step 0 (the first phase, nothing built) to the first Cluster step', () => {
    expect(phaseJump(steps, 0, 1)).toBe(firstOf('cluster'));
  });

  it('goes forward phase by phase, and nowhere from the last phase', () => {
    expect(phaseJump(steps, firstOf('cluster'), 1)).toBe(firstOf('node'));
    expect(phaseJump(steps, firstOf('node') + 2, 1)).toBe(firstOf('pod'));
    expect(phaseJump(steps, steps.length, 1)).toBeNull();
  });

  it('goes back to the start of the current phase, then of the one before, then to step 0', () => {
    expect(phaseJump(steps, firstOf('pod') + 3, -1)).toBe(firstOf('pod'));
    expect(phaseJump(steps, firstOf('pod'), -1)).toBe(firstOf('node'));
    expect(phaseJump(steps, 1, -1)).toBe(0);
    expect(phaseJump(steps, 0, -1)).toBeNull();
  });
});
