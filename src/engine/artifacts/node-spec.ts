import { VXLAN_VNI } from '../dataplane/flannel.ts';
import { formatCidr, formatIp } from '../net/ipv4.ts';
import type { NodeState } from '../world/types.ts';
import { type ArtifactResult, missing, text } from './result.ts';

/** flanneld's kube subnet manager annotations (flannel pkg/subnet/kube/kube.go). */
function flannelAnnotations(node: NodeState): string[] {
  if (!node.subnetEnv) return [];
  const lease = node.flannelLease;
  if (lease) {
    // NOTE: flannel pkg/backend/vxlan/vxlan.go newSubnetAttrs: BackendType "vxlan" and
    // BackendData {"VNI":…,"VtepMAC":…}; host-gw (pkg/backend/hostgw) sets the type and no data.
    const data = lease.vtep ? `'{"VNI":${VXLAN_VNI},"VtepMAC":"${lease.vtep.mac}"}'` : '"null"';
    return [
      `    flannel.alpha.coreos.com/backend-data: ${data}`,
      `    flannel.alpha.coreos.com/backend-type: ${lease.backend}`,
      '    flannel.alpha.coreos.com/kube-subnet-manager: "true"',
      `    flannel.alpha.coreos.com/public-ip: ${formatIp(lease.publicIp)}`,
    ];
  }
  return [
    // NOTE: the alloc backend registers no backend data, so flanneld stores JSON null
    // (the same as host-gw nodes show), and it sets no BackendType in its LeaseAttrs
    // (flannel pkg/backend/alloc/alloc.go RegisterNetwork: only PublicIP), so the type is empty.
    '    flannel.alpha.coreos.com/backend-data: "null"',
    '    flannel.alpha.coreos.com/backend-type: ""',
    '    flannel.alpha.coreos.com/kube-subnet-manager: "true"',
    `    flannel.alpha.coreos.com/public-ip: ${formatIp(node.ip)}`,
  ];
}

function taintLines(node: NodeState): string[] {
  if (node.taints.length === 0) return [];
  const lines = ['  taints:'];
  for (const taint of node.taints) {
    const colon = taint.lastIndexOf(':');
    lines.push(`  - effect: ${taint.slice(colon + 1)}`, `    key: ${taint.slice(0, colon)}`);
  }
  return lines;
}

/**
 * The Node object as `kubectl get node NAME -o yaml` shows it (keys sorted, as kubectl prints
 * them; timestamps, capacity and node info left out). Exists once kubelet has registered it.
 */
export function nodeSpecYaml(node: NodeState, extraAnnotations: readonly string[] = []): ArtifactResult {
  if (!node.registered) {
    return missing(`Node ${node.name} does not exist yet: kubelet on ${node.name} has not registered it`);
  }
  const annotations = [...flannelAnnotations(node), ...extraAnnotations];
  const podCidr = node.podCidr ? formatCidr(node.podCidr) : undefined;
  return text([
    'apiVersion: v1',
    'kind: Node',
    'metadata:',
    ...(annotations.length > 0 ? ['  annotations:', ...annotations] : []),
    '  labels:',
    `    kubernetes.io/hostname: ${node.name}`,
    ...(node.role === 'master' ? ['    node-role.kubernetes.io/master: ""'] : []),
    `  name: ${node.name}`,
    'spec:',
    ...(podCidr ? [`  podCIDR: ${podCidr}`, '  podCIDRs:', `  - ${podCidr}`] : []),
    `  providerID: ${node.providerId}`,
    ...taintLines(node),
    'status:',
    '  addresses:',
    `  - address: ${formatIp(node.ip)}`,
    '    type: InternalIP',
    `  - address: ${node.name}`,
    '    type: Hostname',
    '  conditions:',
    ...node.conditions.flatMap((c) => [
      `  - message: ${c.message}`,
      `    reason: ${c.reason}`,
      `    status: "${c.status}"`,
      `    type: ${c.type}`,
    ]),
  ]);
}
