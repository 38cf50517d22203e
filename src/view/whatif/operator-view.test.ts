import { describe, expect, it } from 'vitest';
import { construct, english, PRESETS, parseScenario } from '../../engine/index.ts';
import { firstObservations, operatorObservations } from './operator-view.ts';

const article = PRESETS.article as { vpc: object; cluster: object };

function observe(file: unknown) {
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
  return operatorObservations(construct(parsed.scenario).steps);
}

describe('operator observations', () => {
  it('has nothing for a healthy cluster', () => {
    expect(observe(article)).toEqual([]);
  });

  it('gives the operator action of a deleted VPC route', () => {
    const [o] = observe({ ...article, faults: [{ kind: 'vpc-route-deleted', node: 'node-b' }] });
    expect(o && { ...o, title: english(o.title) }).toMatchObject({
      actor: 'operator',
      title: 'What-if: VPC route 172.16.1.0/25 → node-b deleted',
    });
  });

  it('gives the event and the condition of a refused route, verbatim', () => {
    const all = observe({ ...article, vpc: { ...article.vpc, routeQuota: 3 } }).flatMap((o) => o.messages);
    expect(
      all.some((m) =>
        /^Warning CreateRouteFailed Node\/node-b \(Route\): Create Route Failed for vtb-[\s\S]*quota exceeded/.test(
          m,
        ),
      ),
    ).toBe(true);
    expect(all.some((m) => /^node-b condition NetworkUnavailable=True \(NoRouteCreated\)/.test(m))).toBe(
      true,
    );
  });

  it("gives flanneld's crash and the CNI error once each", () => {
    const all = observe({ ...article, faults: [{ kind: 'flanneld-down', node: 'node-b' }] }).flatMap(
      (o) => o.messages,
    );
    expect(all.filter((m) => /CrashLoopBackOff/.test(m))).toHaveLength(1);
    expect(all.filter((m) => /subnet\.env/.test(m)).length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
  });

  it('words only the first ones shown: the same as all of them filtered and cut, with the count of all', () => {
    const parsed = parseScenario({
      ...article,
      vpc: { ...article.vpc, routeQuota: 1 },
      faults: [
        { kind: 'flanneld-down', node: 'node-a' },
        { kind: 'cni0-down', node: 'node-b' },
      ],
    });
    if (!parsed.ok) throw new Error('invalid');
    const steps = construct(parsed.scenario).steps;
    const all = operatorObservations(steps);
    expect(all.length).toBeGreaterThan(3);
    for (const skip of [new Set<number>(), new Set([all[0]?.step ?? -1]), new Set(all.map((o) => o.step))])
      for (const max of [0, 1, 2, all.length, all.length + 5]) {
        const shown = (step: number) => !skip.has(step);
        const wanted = all.filter((o) => shown(o.step));
        expect(firstObservations(steps, shown, max)).toEqual({
          observations: wanted.slice(0, max),
          total: wanted.length,
        });
      }
  });
});
