/**
 * Hosts the model does not look inside — the scenario's externals, Internet hosts and ECS
 * instances outside the cluster given by address — and the Internet between them and the EIP.
 * NOTE: the routers of the Internet are not modelled; a packet crosses it in one step and keeps
 * its TTL, which the VPC side of the trace does not depend on.
 */

import { drops } from '../messages/en/drops.ts';
import { hops } from '../messages/en/hops.ts';
import { message } from '../messages/message.ts';
import { externalPlace, type HopPlace } from '../places.ts';
import { routableOnInternet } from './addresses.ts';
import { addressKind } from './special-addresses.ts';
import { ipText } from './text-cache.ts';
import type { Packet } from './types.ts';
import type { Next, Walk } from './walk.ts';
import { addressPlace, vswitchOf } from './world-index.ts';

/** A host sends (or answers); inside the VPC by its default route, outside over the Internet. */
export function hostOut(walk: Walk, place: HopPlace, side: 'vpc' | 'internet', packet: Packet): Next {
  const target = ipText(packet.dst);
  if (packet.dst === packet.src) {
    walk.record({
      at: place,
      deviceOut: 'lo',
      action: 'loopback',
      before: packet,
      after: packet,
      explanation: message(hops, 'hostOwn', { ip: target }),
    });
    return walk.deliver(
      { at: place, deviceIn: 'lo', before: packet, explanation: message(hops, 'hostToItself') },
      { kind: 'host-out', place, side },
    );
  }
  if (side === 'internet' && !routableOnInternet(packet.dst)) {
    return walk.drop(
      {
        at: place,
        before: packet,
        explanation: message(hops, 'internetRoutesNone', { ip: target, kind: addressKind(packet.dst) }),
      },
      message(drops, 'unreachableFromInternet', { ip: target, kind: addressKind(packet.dst) }),
    );
  }
  walk.record({
    at: place,
    deviceOut: side === 'vpc' ? 'eth0' : undefined,
    action: 'send',
    before: packet,
    after: packet,
    explanation: message(hops, side === 'vpc' ? 'hostSendsVpc' : 'hostSendsInternet', { ip: target }),
  });
  if (side === 'vpc') {
    const fromVswitch = vswitchOf(walk.index, packet.src);
    return { station: { kind: 'vpc-router', fromVswitch }, packet };
  }
  return { station: { kind: 'internet' }, packet };
}

/** The Internet carries the packet to its destination: the EIP, an external, or any public host. */
export function internet(walk: Walk, packet: Packet): Next {
  const { index } = walk;
  if (index.eip !== undefined && packet.dst === index.eip)
    return { station: { kind: 'nat-gateway', side: 'internet' }, packet };
  const external = index.externalByIp.get(packet.dst);
  const place = external ? externalPlace(external.name) : addressPlace(packet.dst);
  const who = external
    ? `${external.name} (${external.ip})`
    : message(hops, 'internetHost', { ip: ipText(packet.dst) });
  return walk.deliver(
    {
      at: place,
      before: packet,
      explanation: message(hops, 'internetCarries', { who, ip: ipText(packet.src) }),
    },
    { kind: 'host-out', place, side: 'internet' },
  );
}
