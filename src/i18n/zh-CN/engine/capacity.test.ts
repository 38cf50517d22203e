import { describe, expect, it } from 'vitest';
import {
  type CapacitySummary,
  capacity,
  ENGINE_PARTS,
  english,
  type Message,
  nodeCountMessage,
  paramsOf,
  type Scenario,
  sayIn,
} from '../../../engine/index.ts';
import { stepWorlds } from '../../../engine/test-support/step-worlds.ts';
import { engine } from './index.ts';

const CJK = /[\u4e00-\u9fff]/;

/** What the engine said before its capacity texts were messages (the English stays word for word). */
function englishBefore(c: CapacitySummary, s: Scenario): { reason: string; nodes: string } {
  const split = `${s.cluster.podCidr} in /${s.cluster.nodeCidrMaskSize} blocks gives ${c.allocatableBlocks} allocatable node CIDRs`;
  const others = c.otherCustomRoutes;
  const quota = `the route quota of ${s.vpc.routeQuota} minus ${others} other custom route${others === 1 ? '' : 's'} leaves ${c.nodeRoutesAvailable} node routes`;
  const reason =
    c.backend !== undefined && c.backend !== 'alloc'
      ? `${split}. With Flannel's ${c.backend} backend no node needs a VPC route entry, so the route quota of ${s.vpc.routeQuota} limits nothing: the cluster CIDR is the only bound.`
      : c.limitedBy === 'route-quota'
        ? `Each node needs its own VPC route entry, and ${quota}, fewer than the ${c.allocatableBlocks} node CIDRs the cluster CIDR offers.`
        : `${split}, no more than the ${c.nodeRoutesAvailable} node routes the quota leaves, so the cluster CIDR runs out first.`;
  const overflow =
    c.limitedBy === 'route-quota'
      ? 'the last nodes get no VPC route (QuotaExceeded) and keep NetworkUnavailable=True'
      : 'the last nodes get no pod CIDR (CIDRNotAvailable) and stay NotReady';
  const nodes = c.exceedsLimit
    ? `${c.nodeCount}: ${c.nodeCount - c.nodeLimit} over the limit; ${overflow}`
    : `${c.nodeCount} of ${c.nodeLimit}`;
  return { reason, nodes };
}

function chinese(text: Message): { said: string; missing: string[] } {
  const missing = paramsOf(engine[text.id]).filter((name) => !(name in text.params));
  return { said: sayIn(text, (m) => engine[m.id], 'zh-CN'), missing };
}

describe('the capacity texts are messages', () => {
  it.each(stepWorlds())('%s', (_, scenario) => {
    const c = capacity(scenario);
    const before = englishBefore(c, scenario);
    expect(english(c.limitReasonText)).toBe(before.reason);
    expect(c.limitReason).toBe(before.reason);
    expect(english(nodeCountMessage(c))).toBe(before.nodes);
    for (const text of [c.limitReasonText, nodeCountMessage(c)]) {
      const { said, missing } = chinese(text);
      expect(missing, text.id).toEqual([]);
      expect(said, text.id).not.toMatch(/\{/);
      if (text.id !== 'nodesWithin') expect(said, text.id).toMatch(CJK);
    }
  });

  it('reaches every capacity message', () => {
    const ids = new Set<string>();
    for (const [, scenario] of stepWorlds()) {
      const c = capacity(scenario);
      ids.add(c.limitReasonText.id);
      ids.add(nodeCountMessage(c).id);
    }
    expect([...ids].sort()).toEqual(Object.keys(ENGINE_PARTS.capacity).sort());
  });
});
