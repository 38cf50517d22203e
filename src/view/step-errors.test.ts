import { describe, expect, it } from 'vitest';
import { construct } from '../engine/index.ts';
import { parseScenario } from '../engine/scenario/parse.ts';
import { PRESETS, presetScenario } from '../engine/scenario/presets.ts';
import { stepErrors } from './step-errors.ts';

const article = PRESETS.article as { vpc: object; faults: unknown[] };

function failedSteps(file: unknown) {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return construct(parsed.scenario).steps.filter((s) => s.failed);
}

describe('stepErrors', () => {
  it('has nothing for a step that did not fail', () => {
    const steps = construct(presetScenario('article')).steps;
    expect(steps.flatMap(stepErrors)).toEqual([]);
  });

  it('gives the CreateRouteFailed event of a refused VPC route', () => {
    const [refused] = failedSteps({ ...article, vpc: { ...article.vpc, routeQuota: 2 } });
    expect(stepErrors(refused)).toEqual([
      expect.stringMatching(
        /^CreateRouteFailed: Create Route Failed for vtb-[\s\S]*\nMessage: Route entry quota exceeded/,
      ),
    ]);
  });

  it("gives flanneld's exit message and the CNI error of a stuck pod", () => {
    const steps = failedSteps({ ...article, faults: [{ kind: 'flanneld-down', node: 'node-a' }] });
    const errors = steps.flatMap(stepErrors);
    expect(errors.some((e) => /CrashLoopBackOff/.test(e))).toBe(true);
    expect(errors.some((e) => /subnet\.env/.test(e))).toBe(true);
  });
});
