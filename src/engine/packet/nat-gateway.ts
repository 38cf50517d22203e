/**
 * The Internet NAT gateway: SNAT of VPC sources to its EIP on the way out (with its own
 * conntrack), un-NAT of the answers on the way back. It lets nothing new in: no DNAT entries.
 */
import { drops } from '../messages/en/drops.ts';
import { hops } from '../messages/en/hops.ts';
import { message, type Text } from '../messages/message.ts';
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
  const drop = (explanation: Text, reason: Text) =>
    walk.drop({ at: PLACE, deviceIn: 'vpc', before, explanation }, reason);
  if (index.eip === undefined) return drop(message(hops, 'natGwMissing'), message(drops, 'noNatGw'));
  const ip = ipText(packet.dst);
  if (packet.dst === index.eip)
    return drop(message(hops, 'ownEip', { ip }), message(drops, 'eipNoDnat', { ip }));
  if (!routableOnInternet(packet.dst)) {
    const why = whyNoVpcRoute(index, packet.dst);
    const kind = addressKind(packet.dst);
    return drop(
      message(hops, 'notRoutable', { ip, kind }),
      why
        ? message(drops, 'notRoutableWhy', { ip, kind, why })
        : message(drops, 'notRoutableHere', { ip, kind }),
    );
  }
  const entry = index.snat.find((e) => contains(e.source, packet.src));
  if (!entry) {
    const why = whyNotMasqueraded(index, packet.src);
    const src = ipText(packet.src);
    return drop(
      message(hops, 'natNoSnatEntry', { ip: src }),
      why ? message(drops, 'noSnatWhy', { ip: src, why }) : message(drops, 'snatUncovered', { ip: src }),
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
    explanation: message(hops, entry.node ? 'snatOfEcs' : 'snatOfVswitch', {
      owner: entry.node ?? entry.vswitch,
      cidr: formatCidr(entry.source),
      ip: ipText(packet.src),
      eip: ipText(entry.eip),
    }),
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
        explanation: message(hops, 'noDnat'),
      },
      message(drops, 'noDnatFor', { ip: ipText(packet.dst) }),
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
    explanation: message(hops, 'natUnNat', { from: ipText(packet.dst), to: ipText(after.dst) }),
  });
  return { station: { kind: 'vpc-router', from: 'nat-gateway' }, packet: after };
}
