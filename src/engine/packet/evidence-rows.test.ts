/**
 * Evidence points at a row: every decision's row key is the key of exactly one row of the
 * artifact its owner prints, and that row prints the decision's line (the VPC route table pads
 * its columns, so there the row starts with the entry's destination).
 */
import { describe, expect, it } from 'vitest';
import { renderArtifact } from '../artifacts/index.ts';
import { article } from '../artifacts/test-worlds.ts';
import { traced } from './test-support.ts';
import type { Evidence, EvidenceTable } from './types.ts';

const world = article().final;

const ARTIFACT: Readonly<Record<Exclude<EvidenceTable, 'conntrack' | 'security-group'>, string>> = {
  'pod-routes': 'ip-route',
  'node-routes': 'ip-route',
  'local-routes': 'ip-route-local',
  fdb: 'bridge-fdb',
  'vtep-neigh': 'ip-neigh-flannel.1',
  'vtep-fdb': 'bridge-fdb-flannel.1',
  nat: 'iptables-nat',
  filter: 'iptables-filter',
  'vpc-route-table': 'route-table',
  'snat-table': 'snat-table',
  // Terway's (terway/packet/evidence.test.ts checks them on a Terway world).
  'ip-rules': 'ip-rule',
  'policy-routes': 'ip-route-table',
  neighbours: 'ip-neigh',
};

function evidences(from: string, to: string): Evidence[] {
  const t = traced(world, from, to);
  return [...t.hops, ...(t.reply?.hops ?? [])].flatMap((h) => (h.evidence ? [h.evidence] : []));
}

describe('evidence rows', () => {
  it('name one row of the artifact that prints them', () => {
    const all = [
      ...evidences('pod:web-1', 'pod:api-1'),
      ...evidences('pod:web-1', 'external:internet'),
      ...evidences('pod:web-1', 'pod:cache-1'),
    ];
    let found = 0;
    for (const evidence of all) {
      // No command on a node prints a security group (the ECS console does).
      if (evidence.table === 'conntrack' || evidence.table === 'security-group') continue;
      const target = evidence.owner === 'nat-gateway' ? 'vpc' : evidence.owner;
      const result = renderArtifact(world, target, ARTIFACT[evidence.table]);
      if (!result.ok) throw new Error(result.error);
      const rows = result.rows.filter((r) => r.key === evidence.row);
      expect(rows, `${evidence.table}: ${evidence.line}`).toHaveLength(1);
      if (evidence.table === 'vpc-route-table') expect(rows[0]?.text.split(/\s+/)[0]).toBe(evidence.row);
      else expect(rows[0]?.text).toBe(evidence.line);
      found++;
    }
    expect(found).toBeGreaterThan(10);
  });

  it("keys the VPC route evidence by node-b's entry", () => {
    const vpc = evidences('pod:web-1', 'pod:api-1').find((e) => e.table === 'vpc-route-table');
    expect(vpc?.row).toBe('172.16.1.0/25');
  });
});
