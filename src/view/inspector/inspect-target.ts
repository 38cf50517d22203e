/**
 * From a selected diagram element to what the inspector shows: cni0 shows its own (its `ip addr`
 * lines and its FDB); other elements inside a node (eth0, flanneld) show the node's artifacts; inside a pod (veth, containers) the pod's; the
 * vRouter and vSwitches show the VPC's, and the NAT gateway the VPC's too, its SNAT table first;
 * the control plane shows the master node, where kube-controller-manager.yaml lives.
 */
import {
  CONTROL_PLANE,
  NAT_GATEWAY,
  nodePart,
  nodePlace,
  parsePlace,
  podPlace,
  type Scenario,
  type TargetId,
  type TargetKind,
  VPC,
  VPC_ROUTER,
} from '../../engine/index.ts';

export interface InspectTarget {
  /** The engine's artifact target: `vpc`, `node:NAME` or `pod:NAME`. */
  readonly target: TargetId;
  /** `vpc`, `node`, `pod`, or `cni0` for a node's bridge. */
  readonly kind: TargetKind;
  /** The node or pod name (cni0's node); 'VPC' for the VPC. */
  readonly name: string;
  /** The node this element sits on, for its "Routes on NODE" table. */
  readonly node: string | null;
  /** The artifact the element itself stands for, shown first (the NAT gateway's SNAT table). */
  readonly artifact?: string;
}

const VPC_PARTS: ReadonlySet<string> = new Set([VPC, VPC_ROUTER, 'vswitch', 'route']);

export function inspectTarget(selectedId: string | null, scenario?: Scenario): InspectTarget | null {
  if (!selectedId) return null;
  const place = parsePlace(selectedId);
  if (!place) return null;
  const { kind, name } = place;
  if (kind === NAT_GATEWAY)
    return { target: VPC, kind: 'vpc', name: 'VPC', node: null, artifact: 'snat-table' };
  if (VPC_PARTS.has(kind)) return { target: VPC, kind: 'vpc', name: 'VPC', node: null };
  if (kind === CONTROL_PLANE) {
    const master = scenario?.nodes.find((n) => n.role === 'master');
    return master
      ? { target: nodePlace(master.name), kind: 'node', name: master.name, node: master.name }
      : null;
  }
  if (kind === 'node' && place.part === 'cni0')
    return { target: nodePart(name, 'cni0'), kind: 'cni0', name, node: name };
  // flannel.1 opens its node, at `ip -d link show flannel.1`.
  if (kind === 'node' && place.part === 'flannel.1')
    return { target: nodePlace(name), kind, name, node: name, artifact: 'ip-link-flannel.1' };
  if (kind === 'node') return { target: nodePlace(name), kind, name, node: name };
  if (kind === 'pod') return { target: podPlace(name), kind, name, node: null };
  return null;
}
