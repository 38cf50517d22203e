import { describe, expect, it } from 'vitest';
import { article } from '../../engine/artifacts/test-worlds.ts';
import { type Evidence, renderArtifact } from '../../engine/index.ts';
import { trace } from '../../engine/packet/index.ts';
import { evidencePlace, vpcEvidenceDestination } from './evidence-target.ts';

const world = article().final;

function evidences(from: string, to: string): Evidence[] {
  const t = trace(world, from, to);
  if (t.outcome === 'error') throw new Error(t.reason);
  return [...t.hops, ...(t.reply?.hops ?? [])].flatMap((h) => (h.evidence ? [h.evidence] : []));
}

describe('evidence places', () => {
  it('finds every evidence line that an artifact prints, at its exact line', () => {
    const all = [...evidences('pod:web-1', 'pod:api-1'), ...evidences('pod:web-1', 'external:internet')];
    let found = 0;
    for (const evidence of all) {
      const place = evidencePlace(evidence);
      if (place.target === null || place.artifact === null) continue;
      const text = renderArtifact(world, place.target, place.artifact);
      if (!text.ok) throw new Error(text.error);
      const index = text.rows.findIndex((row) => row.key === evidence.row);
      expect(index, `${evidence.table}: ${evidence.line}`).toBeGreaterThan(-1);
      if (evidence.table !== 'vpc-route-table') expect(text.rows[index]?.text).toBe(evidence.line);
      found++;
    }
    expect(found).toBeGreaterThan(10);
  });

  it("maps the VPC route evidence to node-b's entry and its table row", () => {
    const vpc = evidences('pod:web-1', 'pod:api-1').find((e) => e.table === 'vpc-route-table');
    expect(vpc && vpcEvidenceDestination(vpc)).toBe('172.16.1.0/25');
    expect(vpc && evidencePlace(vpc)).toMatchObject({
      target: 'vpc',
      artifact: 'route-table',
      label: 'VPC route table',
    });
  });

  it("puts the NAT gateway's SNAT entry in the VPC's SNAT table, and the local table's routes in theirs", () => {
    const internet = evidences('pod:web-1', 'external:internet');
    const snat = internet.find((e) => e.table === 'snat-table');
    expect(snat && evidencePlace(snat)).toMatchObject({
      target: 'vpc',
      artifact: 'snat-table',
      label: 'SNAT table of the NAT gateway',
    });
    const local = evidences('pod:web-1', 'pod:cache-1').find((e) => e.table === 'local-routes');
    expect(local && evidencePlace(local)).toMatchObject({
      target: 'pod:cache-1',
      artifact: 'ip-route-local',
      label: 'ip route show table local in pod cache-1',
    });
  });

  it('names conntrack, which no artifact prints, and gives it no target', () => {
    const internet = evidences('pod:web-1', 'external:internet');
    const conntrack = internet.find((e) => e.table === 'conntrack' && e.owner === 'node:node-a');
    expect(conntrack && evidencePlace(conntrack)).toMatchObject({
      target: null,
      label: 'conntrack table on node-a',
    });
  });
});
