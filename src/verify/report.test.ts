import { describe, expect, it } from 'vitest';
import type { CheckResult } from './compare.ts';
import { formatScenario, formatTally, sum, tally } from './report.ts';
import type { ScenarioReport } from './run-scenario.ts';

const agreed: CheckResult = { kind: 'route', agreed: true, subject: 'a', engine: 'x', kernel: 'x' };
const disagreed: CheckResult = {
  kind: 'table',
  agreed: false,
  subject: 'pod:p ip-route',
  engine: 'e',
  kernel: 'k',
};
const report: ScenarioReport = {
  name: 'small',
  results: [agreed, agreed, disagreed],
  pairs: 2,
  skipped: [],
  namespaces: 12,
  seconds: 0.84,
};

describe('the report', () => {
  it('counts agreements and disagreements; a replica that could not be built is one disagreement', () => {
    expect(tally(report)).toEqual({ agreed: 2, disagreed: 1 });
    expect(tally({ ...report, results: [], error: 'boom' })).toEqual({ agreed: 0, disagreed: 1 });
    expect(formatTally(sum([tally(report), tally(report)]))).toBe('4 agreed, 2 disagreed');
  });

  it('prints each disagreement with both sides, agreements only when verbose', () => {
    expect(formatScenario(report)).toEqual([
      'small: 12 namespaces, 2 pairs, 2 agreed, 1 disagreed (0.8 s)',
      '  ✗ table: pod:p ip-route',
      '      engine: e',
      '      kernel: k',
    ]);
    expect(formatScenario(report, true)).toHaveLength(10);
  });
});
