import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../../engine/index.ts';
import { parseScenario } from '../../engine/scenario/parse.ts';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { refusedRoutes, vpcRouteRows } from './vpc-route-rows.ts';

function built(file: unknown) {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return construct(parsed.scenario);
}

describe('vpcRouteRows', () => {
  const article = built(PRESETS.article);

  it("marks the row the CCM's step adds", () => {
    const n = article.steps.findIndex((s) => /CCM adds VPC route 172\.16\.0\.128\/25/.test(s.title)) + 1;
    const rows = vpcRouteRows(stateAt(article, n), stateAt(article, n - 1), article.steps[n - 1]);
    const added = rows.filter((r) => r.change === 'added');
    expect(added.map((r) => [r.entry.destination, r.entry.node])).toEqual([['172.16.0.128/25', 'node-a']]);
  });

  it('keeps a removed route for the step that removes it', () => {
    const faulty = built({
      ...(PRESETS.article as object),
      faults: [{ kind: 'vpc-route-deleted', node: 'node-b' }],
    });
    const n = faulty.steps.findIndex((s) => s.changes.some((c) => c.kind === 'vpc-route-removed')) + 1;
    expect(n).toBeGreaterThan(0);
    const rows = vpcRouteRows(stateAt(faulty, n), stateAt(faulty, n - 1), faulty.steps[n - 1]);
    expect(rows.filter((r) => r.change === 'removed').map((r) => r.entry.destination)).toEqual([
      '172.16.1.0/25',
    ]);
    expect(refusedRoutes(stateAt(faulty, n))).toMatchObject([{ node: 'node-b', status: 'deleted' }]);
  });

  it('lists nodes refused by the route quota', () => {
    const tight = built({
      ...(PRESETS.article as object),
      vpc: { ...(PRESETS.article as { vpc: object }).vpc, routeQuota: 2 },
    });
    const refused = refusedRoutes(tight.final);
    expect(refused.map((r) => r.status)).toContain('quota-exceeded');
    expect(refused[0]?.message).toMatch(/quota exceeded/);
  });
});
