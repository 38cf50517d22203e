/**
 * Service phase, after the pods (only when the scenario declares Services): kube-apiserver admits
 * each Service and gives it its cluster IP (and node ports); the EndpointSlice controller lists
 * the ready pods behind it; then kube-proxy on every node writes them into iptables.
 */
import { cidr, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { CONTROL_PLANE, controlPlanePart, nodePlace } from '../places.ts';
import type { ServiceSpec } from '../scenario/types.ts';
import { nextClusterIp, nextNodePort } from '../services/cluster-ip.ts';
import { kubeProxyRules } from '../services/kube-proxy-rules.ts';
import type { ServiceEndpoint, ServicePortState, ServiceState } from '../world/types.ts';
import { lazyText, type Slices, type StepBuilder } from './builder.ts';

export function* buildServicePhase(b: StepBuilder): Slices {
  const specs = b.world.scenario.services;
  if (specs === undefined || specs.length === 0) return;
  const serviceCidr = cidr(b.world.scenario.cluster.serviceCidr);
  // The `kubernetes` Service holds the first address; addresses Services ask for are theirs.
  const taken = new Set<number>([serviceCidr.network + 1]);
  for (const spec of specs) if (spec.clusterIp !== undefined) taken.add(parseIp(spec.clusterIp) as number);
  const nodePorts = new Set<string>();
  for (const spec of specs)
    for (const p of spec.ports) if (p.nodePort !== undefined) nodePorts.add(`${p.nodePort}/${p.protocol}`);
  for (const spec of specs) {
    yield;
    admit(b, spec, serviceCidr, taken, nodePorts);
  }
  for (const service of [...b.world.services]) {
    yield;
    writeSlice(b, service);
  }
  for (const node of b.world.nodes.values()) {
    yield;
    if (!node.registered) continue;
    const services = b.world.services;
    const rules = kubeProxyRules(services, cidr(b.world.scenario.cluster.podCidr));
    b.emit({
      phase: 'service',
      actor: 'kube-proxy',
      target: nodePlace(node.name),
      changes: [{ kind: 'kube-proxy-synced', node: node.name }],
      text: lazyText(() => [
        `kube-proxy on ${node.name} writes ${services.length} Service${services.length === 1 ? '' : 's'} into iptables`,
        `kube-proxy (a DaemonSet pod on the host network, iptables mode) watches Services and EndpointSlices and rewrites its chains with one iptables-restore: ${rules.natChains.length} nat chains and ${rules.nat.length} nat rules. PREROUTING and OUTPUT jump to KUBE-SERVICES, which sends each cluster IP and port to its KUBE-SVC- chain; that chain picks an endpoint with statistic-mode probabilities and its KUBE-SEP- chain DNATs to the pod. POSTROUTING jumps to KUBE-POSTROUTING first, which masquerades what KUBE-MARK-MASQ marked, before flanneld's rules. A Service without endpoints gets a REJECT in the filter table instead.`,
      ]),
    });
  }
}

function admit(
  b: StepBuilder,
  spec: ServiceSpec,
  serviceCidr: ReturnType<typeof cidr>,
  taken: Set<number>,
  nodePorts: Set<string>,
): void {
  const given = spec.clusterIp !== undefined ? (parseIp(spec.clusterIp) as number) : undefined;
  const clusterIp = given ?? nextClusterIp(serviceCidr, taken);
  const key = `${spec.namespace}/${spec.name}`;
  if (clusterIp === undefined) {
    b.emit({
      phase: 'service',
      actor: 'kube-apiserver',
      target: CONTROL_PLANE,
      failed: true,
      changes: [],
      text: lazyText(() => [
        `kube-apiserver refuses Service ${key}: no cluster IP left`,
        `Every address of the service CIDR ${formatCidr(serviceCidr)} is taken: "failed to allocate a serviceIP: range is full".`,
      ]),
    });
    return;
  }
  taken.add(clusterIp);
  const ports: ServicePortState[] = spec.ports.map((p) => {
    const nodePort =
      spec.type === 'NodePort' ? (p.nodePort ?? nextNodePort(nodePorts, p.protocol)) : undefined;
    if (nodePort !== undefined) nodePorts.add(`${nodePort}/${p.protocol}`);
    return {
      name: p.name,
      port: p.port,
      targetPort: p.targetPort,
      protocol: p.protocol,
      nodePort,
    };
  });
  const service: ServiceState = {
    name: spec.name,
    namespace: spec.namespace,
    type: spec.type,
    clusterIp,
    ports,
  };
  const how =
    given !== undefined
      ? `the Service asks for ${formatIp(given)}, inside the service CIDR ${formatCidr(serviceCidr)}, and the apiserver reserves it`
      : `the Service asks for no address, so the apiserver's allocator takes a free one from the upper part of ${formatCidr(serviceCidr)} (the lower part is kept for Services that ask; the real allocator picks at random there, the model takes the lowest free address)`;
  const np = ports.filter((p) => p.nodePort !== undefined).map((p) => `${p.nodePort}/${p.protocol}`);
  b.emit({
    phase: 'service',
    actor: 'kube-apiserver',
    target: CONTROL_PLANE,
    changes: [{ kind: 'service-created', service }],
    text: lazyText(() => [
      `kube-apiserver gives Service ${key} the cluster IP ${formatIp(clusterIp)}`,
      `${spec.type} Service ${key}: ${how}. The cluster IP is no interface's address: no node or pod holds it, it lives only in the rules kube-proxy writes.${np.length > 0 ? ` It also gets the node port${np.length === 1 ? '' : 's'} ${np.join(', ')} on every node.` : ''}`,
    ]),
  });
}

function writeSlice(b: StepBuilder, service: ServiceState): void {
  const key = `${service.namespace}/${service.name}`;
  const spec = b.world.scenario.services?.find(
    (s) => s.name === service.name && s.namespace === service.namespace,
  );
  const listed = spec?.endpoints ?? [];
  const endpoints: ServiceEndpoint[] = [];
  const notReady: string[] = [];
  for (const name of listed) {
    const pod = b.world.pods.get(name);
    if (pod && pod.phase === 'Running' && pod.ip !== undefined)
      endpoints.push({ pod: name, node: pod.node, ip: pod.ip });
    else notReady.push(name);
  }
  b.emit({
    phase: 'service',
    actor: 'endpointslice-controller',
    target: controlPlanePart('kcm'),
    changes: [{ kind: 'endpoint-slice-written', service: key, endpoints }],
    text: lazyText(() => [
      endpoints.length === 0
        ? `EndpointSlice of ${key}: no ready endpoints`
        : `EndpointSlice of ${key}: ${endpoints.map((e) => `${e.pod} ${formatIp(e.ip)}`).join(', ')}`,
      `The EndpointSlice controller (in kube-controller-manager) lists the pods the Service selects, with their pod IPs, ready ones only.${notReady.length > 0 ? ` Not listed as ready: ${notReady.join(', ')} (not Running with an address).` : ''}${endpoints.length === 0 ? ' With no ready endpoint, kube-proxy writes no DNAT for the Service: its filter-table REJECT answers "connection refused".' : ''}`,
    ]),
  });
}
