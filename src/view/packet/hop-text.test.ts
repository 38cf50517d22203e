import { describe, expect, it } from 'vitest';
import { article } from '../../engine/artifacts/test-worlds.ts';
import type { Hop } from '../../engine/index.ts';
import { trace } from '../../engine/packet/index.ts';
import {
  actionLabel,
  devicesOf,
  headerChangeText,
  headerRows,
  packetLabel,
  placeName,
  placeText,
} from './hop-text.ts';

const world = article().final;

function hopsOf(from: string, to: string): Hop[] {
  const t = trace(world, from, to);
  if (t.outcome === 'error') throw new Error(t.reason);
  return [...t.hops, ...(t.reply?.hops ?? [])];
}

describe('hop text', () => {
  it('names places without their kind', () => {
    expect(placeName('node:node-a')).toBe('node-a');
    expect(placeName('vpc-router')).toBe('VPC router');
    expect(placeName('nat-gateway')).toBe('NAT gateway');
    expect(placeName('external:internet')).toBe('internet');
  });

  it('shows devices in → out, or the one device', () => {
    const [first, bridge] = hopsOf('pod:web-1', 'pod:api-1');
    expect(first && devicesOf(first)).toBe('eth0');
    expect(bridge && placeText(bridge)).toBe('node-a · vethdb5f0a12 → cni0');
  });

  it('labels every action', () => {
    for (const hop of hopsOf('pod:web-1', 'external:internet')) expect(actionLabel(hop.action)).toBeTruthy();
  });

  it("says the masquerade hop's source change, with the rewritten packet as its label", () => {
    const snat = hopsOf('pod:web-1', 'external:internet').find((h) => h.action === 'snat');
    if (!snat) throw new Error('no snat hop');
    const rows = headerRows(snat);
    expect(headerChangeText(rows)).toBe('source 172.16.0.130 → 192.168.0.10');
    expect(rows.find((r) => r.field === 'source')).toMatchObject({ changed: true, label: 'Source IP' });
    expect(packetLabel(snat.after)).toBe('192.168.0.10 → 203.0.113.10');
  });

  it('lists TTL and MAC changes of a routing hop, and says when nothing changed', () => {
    const hops = hopsOf('pod:web-1', 'pod:api-1');
    const routed = hops.find((h) => h.at === 'node:node-a' && h.action === 'route');
    expect(routed && headerChangeText(headerRows(routed))).toMatch(
      /^TTL 64 → 63; source MAC .* → .*; destination MAC/,
    );
    const bridged = hops.find((h) => h.action === 'bridge');
    expect(bridged && headerChangeText(headerRows(bridged))).toBe('No header changes at this hop.');
  });

  it('shows an absent MAC as a dash and does not call its disappearance a change', () => {
    // Toward the NAT gateway the model leaves L2 out after the vRouter: the MAC disappears.
    const out = hopsOf('pod:web-1', 'external:internet').find((h) => h.at === 'vpc-router');
    const gone = out && headerRows(out).find((r) => r.field === 'source MAC');
    expect(gone).toMatchObject({ before: '02:c3:c1:20:5d:b8', after: '—', changed: false });
    // Toward node-b the vRouter's Before carries node-a's MACs, its After the vSwitch's.
    const router = hopsOf('pod:web-1', 'pod:api-1').find((h) => h.at === 'vpc-router');
    const mac = router && headerRows(router).find((r) => r.field === 'source MAC');
    expect(mac).toMatchObject({ before: '02:c3:c1:20:5d:b8', changed: true });
  });
});
