/**
 * br_netfilter's PREROUTING for a Service flow: a frame a pod sends to cni0's MAC meets conntrack
 * and nat PREROUTING while the bridge still holds it (br_nf_pre_routing). When a DNAT — or the
 * reverse of a masquerade — makes its destination a pod behind this same bridge, the kernel
 * bridges it straight there instead of routing it (br_nf_pre_routing_finish, `bridged_dnat`:
 * the route to the new destination leaves by the bridge it came in on): no TTL change, and a
 * frame for the pod that sent it leaves by the port it came in on — which the bridge allows only
 * in hairpin mode (br_forward.c should_deliver), set on every port by `hairpinMode: true` in
 * 10-flannel.conf.
 */
import { formatFdbEntry } from '../artifacts/bridge-fdb.ts';
import { packetHops } from '../messages/en/packetHops.ts';
import { message } from '../messages/message.ts';
import { nodePlace } from '../places.ts';
import type { NodeState } from '../world/types.ts';
import { formatConntrack } from './conntrack.ts';
import { serviceNat, unDnat } from './kube-proxy.ts';
import { postrouting } from './netfilter.ts';
import { framed, withDst } from './packet.ts';
import { conntrackEvidence, evidenceOf, ipText } from './text-cache.ts';
import type { Packet } from './types.ts';
import type { Next, Walk } from './walk.ts';

/** The frame from `port` to cni0's own MAC, for a Service flow; undefined: the usual path. */
export function bridgeServiceNat(
  walk: Walk,
  node: NodeState,
  port: string,
  packet: Packet,
): Next | undefined {
  if (!walk.flow || port === 'cni0' || !node.cni0) return undefined;
  const place = nodePlace(node.name);
  const hit = walk.conntrack.track(place, packet.src, packet.dst);
  let p = packet;
  if (hit.direction === 'reply' && hit.entry.natSrc !== undefined && packet.dst === hit.entry.natSrc) {
    p = withDst(packet, hit.entry.src);
    walk.record({
      at: place,
      deviceIn: port,
      action: 'un-nat',
      evidence: conntrackEvidence(place, formatConntrack(hit.entry)),
      before: packet,
      after: p,
      explanation: message(packetHops, 'brUnMasq', {
        node: node.name,
        from: ipText(packet.dst),
        to: ipText(p.dst),
      }),
    });
  } else {
    const nat = serviceNat(walk, node, packet, hit, 'PREROUTING', port);
    if (nat === undefined) return undefined;
    if ('end' in nat) return nat;
    p = nat.packet;
  }
  if (walk.index.nodeByIp.get(p.dst) === node) {
    // The answer to the node's own call: delivered locally, where conntrack reverses the DNAT.
    const answer = unDnat(walk, node, p, hit, 'cni0');
    return walk.deliver(
      {
        at: place,
        deviceIn: 'cni0',
        before: answer,
        explanation: message(packetHops, 'answerLocal', { ip: ipText(answer.dst), node: node.name }),
      },
      { kind: 'node-out', node, src: answer.dst },
    );
  }
  const pod = walk.index.podByIp.get(p.dst);
  if (!pod || pod.node !== node.name || !pod.veth) {
    walk.record({
      at: place,
      deviceIn: port,
      deviceOut: 'cni0',
      action: 'bridge',
      before: p,
      after: p,
      explanation: message(packetHops, 'bridgeUpRoute', { ip: ipText(p.dst), node: node.name }),
    });
    return { station: { kind: 'node-in', node, dev: 'cni0' }, packet: p };
  }
  const frame = framed(p, node.cni0.mac, pod.veth.podMac);
  const entry = walk.index.fdbEntry(node, pod.veth.podMac);
  const hairpin = pod.veth.hostName === port;
  walk.record({
    at: place,
    deviceIn: port,
    deviceOut: pod.veth.hostName,
    action: 'bridge',
    evidence: entry ? evidenceOf(entry, 'fdb', place, formatFdbEntry) : undefined,
    before: p,
    after: frame,
    explanation: hairpin
      ? message(packetHops, 'bridgedHairpin', { ip: ipText(p.dst), pod: pod.name, port })
      : message(packetHops, 'bridgedDnat', { ip: ipText(p.dst), pod: pod.name, veth: pod.veth.hostName }),
  });
  const out = postrouting(walk, node, 'cni0', frame, hit, true);
  return { station: { kind: 'pod-in', pod }, packet: out };
}
