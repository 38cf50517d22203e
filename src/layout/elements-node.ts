/** An ECS node and what lives in its root namespace: eth0, flanneld, kubelet, the CNI plugin, cni0. */
import {
  formatCidr,
  formatIp,
  type NodeState,
  VXLAN_DEVICE,
  VXLAN_VNI,
  type WorldState,
} from '../engine/index.ts';
import { element, lineIn } from './elements-infra.ts';
import {
  cni0Id,
  cniPluginId,
  eniDeviceId,
  eth0Id,
  flanneldId,
  kubeletId,
  nodeId,
  podCidrKey,
  vtepId,
} from './ids.ts';
import { BADGE_HEIGHT, badgeWidth, offset, textWidth } from './metrics.ts';
import { cni0Name, flanneldName, nodeName, nodeProblems, vtepName } from './names.ts';
import {
  CHIP_TEXT,
  eniLabel,
  eth0Label,
  NODE_CIDR_Y,
  NODE_INSTANCE_Y,
  NODE_PAD,
  NODE_TITLE_Y,
  vtepLabel,
} from './node-plan.ts';
import type { NodePlacement } from './plan.ts';
import type { Badge, Box, TextLine, TopologyElement } from './types.ts';

/** Badges right-aligned on a baseline row, laid out leftwards from `right`. */
export function badgesLeftOf(
  texts: readonly string[],
  right: number,
  top: number,
  tone: Badge['tone'],
): Badge[] {
  let x = right;
  return texts.map((text) => {
    const width = badgeWidth(text);
    x -= width;
    const badge = { text, tone, box: { x, y: top, width, height: BADGE_HEIGHT } };
    x -= 4;
    return badge;
  });
}

/** A Terway node's line in place of the pod CIDR: what terwayd annotated (its ENIs are drawn). */
function terwayLine(world: WorldState, node: NodeState): string {
  const terway = world.terway?.nodes.get(node.name);
  if (!terway?.maxAvailableIp) return 'pod IPs from ENIs (Terway)';
  return `Terway · up to ${terway.maxAvailableIp} pod IPs`;
}

/** The node's ENIs as chips left of eth0: the device and its addresses, primary included. */
function eniElements(world: WorldState, node: NodeState, slots: readonly Box[]): TopologyElement[] {
  const enis = world.terway?.nodes.get(node.name)?.enis ?? [];
  return enis.slice(0, slots.length).map((eni, i) => {
    const box = slots[i] as Box;
    const id = eniDeviceId(node.name, eni.device);
    const rest = i === slots.length - 1 ? enis.length - slots.length : 0;
    const text = rest > 0 ? `+${rest + 1} ENIs` : eniLabel(eni.device, eni.ips.length);
    const secondary = eni.ips.length - 1;
    const name = `ENI ${eni.id}, ${eni.device} of ${node.name} in ${eni.vswitch}: primary ${formatIp(eni.ips[0] ?? 0)}, ${secondary} secondary address${secondary === 1 ? '' : 'es'}`;
    return element(id, 'eni', box, name, [lineIn(box, id, text, 7, 15, 'mono')]);
  });
}

function nodeBox(node: NodeState, placed: NodePlacement, cidrNotAvailable: boolean, terway?: string) {
  const box = { ...placed.origin, width: placed.plan.width, height: placed.plan.height };
  const problems = nodeProblems(node, cidrNotAvailable);
  const id = nodeId(node.name);
  const cidrText = terway
    ? terway
    : node.podCidr
      ? `pod CIDR ${formatCidr(node.podCidr)}`
      : cidrNotAvailable
        ? 'no pod CIDR'
        : 'no pod CIDR yet';
  const lines: TextLine[] = [
    lineIn(box, id, node.name, NODE_PAD, NODE_TITLE_Y, 'title'),
    lineIn(box, `${id}#role`, node.role, NODE_PAD + textWidth(node.name, 'title') + 8, NODE_TITLE_Y, 'muted'),
    lineIn(box, `${id}#instance`, node.instanceId, NODE_PAD, NODE_INSTANCE_Y, 'muted'),
    lineIn(box, podCidrKey(node.name), cidrText, NODE_PAD, NODE_CIDR_Y, node.podCidr ? 'mono' : 'muted'),
  ];
  const badges = badgesLeftOf(problems, box.x + box.width - NODE_PAD, box.y + NODE_CIDR_Y - 12, 'error');
  const status = problems.length > 0 ? 'failed' : 'ok';
  const state = problems[0] ?? (node.podCidr ? formatCidr(node.podCidr) : undefined);
  const brief = state ? `${node.name} · ${state}` : node.name;
  return element(id, 'node', box, nodeName(node, problems), lines, { badges, status, layer: 'back', brief });
}

function chip(id: string, kind: 'actor' | 'flanneld', box: Box, name: string, text: string): TopologyElement {
  return element(id, kind, box, name, [lineIn(box, id, text, 8, 15, 'label')]);
}

/** The node's elements as they stand, or none before its ECS instance exists. */
export function nodeElements(
  world: WorldState,
  placed: NodePlacement,
  cidrNotAvailable: boolean,
): TopologyElement[] {
  const node = world.nodes.get(placed.plan.name);
  if (!node) return [];
  const { origin, plan } = placed;
  const at = (box: Box) => offset(box, origin.x, origin.y);
  const name = node.name;
  const out = [nodeBox(node, placed, cidrNotAvailable, world.terway ? terwayLine(world, node) : undefined)];
  const eth0 = at(plan.eth0);
  const eth0Text = eth0Label(formatIp(node.ip), node.ipPrefix);
  out.push(
    element(eth0Id(name), 'eth0', eth0, `eth0 of ${name}, ${formatIp(node.ip)}/${node.ipPrefix}`, [
      lineIn(eth0, eth0Id(name), eth0Text, 7, 15, 'mono'),
    ]),
  );
  if (plan.enis) out.push(...eniElements(world, node, plan.enis.map(at)));
  if (node.flanneld !== 'absent') {
    const box = at(plan.flanneld);
    const id = flanneldId(name);
    const status = node.flanneld === 'failed' ? 'failed' : node.flanneld === 'scheduled' ? 'pending' : 'ok';
    out.push(
      element(
        id,
        'flanneld',
        box,
        flanneldName(node),
        [
          lineIn(box, id, CHIP_TEXT.flanneld, 8, 15, 'label'),
          lineIn(
            box,
            `${id}#host`,
            CHIP_TEXT.hostNetwork,
            14 + textWidth(CHIP_TEXT.flanneld, 'label'),
            15,
            'muted',
          ),
        ],
        { status, dashed: true },
      ),
    );
  }
  if (node.registered)
    out.push(chip(kubeletId(name), 'actor', at(plan.kubelet), `kubelet on ${name}`, CHIP_TEXT.kubelet));
  if (node.cniConfInstalled) {
    const label = `Flannel CNI plugin on ${name}, configured by /etc/cni/net.d/10-flannel.conf`;
    out.push(chip(cniPluginId(name), 'actor', at(plan.cniPlugin), label, CHIP_TEXT.cni));
  }
  if (node.cni0) {
    const box = at(plan.cni0);
    const id = cni0Id(name);
    const down = !node.cni0.up;
    out.push(
      element(
        id,
        'cni0',
        box,
        cni0Name(node),
        [
          lineIn(box, id, 'cni0', 8, 15, 'label'),
          lineIn(box, `${id}#gateway`, `${formatIp(node.cni0.gateway)}/${node.cni0.prefix}`, 46, 15, 'mono'),
        ],
        {
          status: down ? 'failed' : 'ok',
          dashed: down,
          badges: down ? badgesLeftOf(['DOWN'], box.x + box.width - 4, box.y + 3, 'error') : [],
        },
      ),
    );
  }
  const vtep = node.flannelLease?.vtep;
  if (vtep && plan.vtep) {
    const box = at(plan.vtep);
    const id = vtepId(name);
    const label = vtepLabel(formatIp(vtep.address), vtep.mtu);
    const addressX = 8 + textWidth(VXLAN_DEVICE, 'label') + 6;
    const mtuX = addressX + textWidth(label.address, 'mono') + 8;
    out.push(
      element(id, 'vtep', box, vtepName(node, vtep, VXLAN_VNI), [
        lineIn(box, id, label.name, 8, 15, 'label'),
        lineIn(box, `${id}#address`, label.address, addressX, 15, 'mono'),
        lineIn(box, `${id}#mtu`, label.mtu, mtuX, 15, 'muted'),
      ]),
    );
  }
  return out;
}
