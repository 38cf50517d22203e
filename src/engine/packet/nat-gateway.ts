/**
 * The Internet NAT gateway: SNAT of VPC sources to its EIP on the way out (with its own
 * conntrack), un-NAT of the answers on the way back. It lets nothing new in: no DNAT entries.
 */
import { contains, formatCidr } from '../net/ipv4.ts';
import { NAT_GATEWAY } from '../places.ts';
import { formatSnatEntry } from '../tables/index.ts';
import { routableOnInternet } from './addresses.ts';
import { formatConntrack } from './conntrack.ts';
import { whyNotMasqueraded, whyNoVpcRoute } from './diagnose.ts';
import { withDst, withSrc } from './packet.ts';
import { addressKind } from './special-addresses.ts';
import { conntrackEvidence, evidenceOf, ipText } from './text-cache.ts';
import type { Packet } from './types.ts';
import type { Next, Walk } from './walk.ts';

const PLACE = NAT_GATEWAY;

/** A packet the vRouter hands to the NAT gateway, on its way to the Internet. */
export function natGatewayOut(walk: Walk, packet: Packet): Next {
  const { index } = walk;
  const before: Packet = { src: packet.src, dst: packet.dst, ttl: packet.ttl };
  const drop = (explanation: string, reason: string) =>
    walk.drop({ at: PLACE, deviceIn: 'vpc', before, explanation }, reason);
  if (index.eip === undefined) return drop('There is no NAT gateway.', 'the VPC has no NAT gateway');
  if (packet.dst === index.eip) {
    return drop(
      `${ipText(packet.dst)} is the NAT gateway's own EIP and it has no DNAT entry, so nothing behind it answers.`,
      `${ipText(packet.dst)} is the NAT gateway's EIP, which has no DNAT entry`,
    );
  }
  if (!routableOnInternet(packet.dst)) {
    const why = whyNoVpcRoute(index, packet.dst);
    return drop(
      `${ipText(packet.dst)} is ${addressKind(packet.dst)}: the Internet does not route it, and the vRouter sent it here only because 0.0.0.0/0 was its best match.`,
      `${ipText(packet.dst)} is ${addressKind(packet.dst)}, which the Internet does not route; it reached the NAT gateway only by the VPC's 0.0.0.0/0 entry${why ? `, because ${why}` : ''}`,
    );
  }
  const entry = index.snat.find((e) => contains(e.source, packet.src));
  if (!entry) {
    const why = whyNotMasqueraded(index, packet.src);
    return drop(
      `No SNAT entry covers the source ${ipText(packet.src)}: the entries name the VPC's vSwitches, and this address is in none of them, so the NAT gateway will not translate it.`,
      `source ${ipText(packet.src)} not covered by any SNAT entry: the answer could never come back${why ? `; ${why}` : ''}`,
    );
  }
  const hit = walk.conntrack.track(PLACE, packet.src, packet.dst);
  walk.conntrack.decide(hit.entry, entry.eip);
  const after: Packet = withSrc(before, entry.eip);
  walk.record({
    at: PLACE,
    deviceIn: 'vpc',
    deviceOut: 'internet',
    action: 'snat',
    evidence: evidenceOf(entry, 'snat-table', PLACE, formatSnatEntry),
    before,
    after,
    explanation: `The SNAT entry of ${entry.node ? `ECS ${entry.node}` : `vSwitch ${entry.vswitch}`} (${formatCidr(entry.source)}) matches ${ipText(packet.src)}: the NAT gateway rewrites the source to its EIP ${ipText(entry.eip)}, remembers the binding, and sends the packet to the Internet.`,
  });
  return { station: { kind: 'internet' }, packet: after };
}

/** A packet from the Internet for the EIP: an answer is un-NATed, anything else is refused. */
export function natGatewayIn(walk: Walk, packet: Packet): Next {
  const hit = walk.conntrack.lookup(PLACE, packet.src, packet.dst);
  if (hit?.direction !== 'reply' || hit.entry.natSrc === undefined) {
    return walk.drop(
      {
        at: PLACE,
        deviceIn: 'internet',
        before: packet,
        explanation: `Nothing inside the VPC opened this flow and the EIP has no DNAT entry, so the NAT gateway drops it.`,
      },
      `the NAT gateway has no DNAT entry for ${ipText(packet.dst)}: the Internet cannot open connections into the VPC`,
    );
  }
  const after: Packet = withDst(packet, hit.entry.src);
  walk.record({
    at: PLACE,
    deviceIn: 'internet',
    deviceOut: 'vpc',
    action: 'un-nat',
    evidence: conntrackEvidence(PLACE, formatConntrack(hit.entry)),
    before: packet,
    after,
    explanation: `The NAT gateway recognises the answer to a flow it translated and puts the original destination back: ${ipText(packet.dst)} becomes ${ipText(after.dst)}, and the packet goes back into the VPC.`,
  });
  return { station: { kind: 'vpc-router', from: 'nat-gateway' }, packet: after };
}
