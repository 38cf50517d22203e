/**
 * Service phase, after the pods (only when the scenario declares Services): kube-apiserver admits
 * each Service and gives it its cluster IP (and node ports); the EndpointSlice controller lists
 * the ready pods behind it; then kube-proxy on every node writes them into iptables.
 */

import { later } from '../later.ts';
import { serviceSteps } from '../messages/en/serviceSteps.ts';
import { message } from '../messages/message.ts';
import { cidr, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { CONTROL_PLANE, controlPlanePart, nodePlace } from '../places.ts';
import type { ServiceSpec } from '../scenario/types.ts';
import { nextClusterIp, nextNodePort } from '../services/cluster-ip.ts';
import { kubeProxyRules } from '../services/kube-proxy-rules.ts';
import type { ServiceEndpoint, ServicePortState, ServiceState } from '../world/types.ts';
import { type Slices, type StepBuilder, titled } from './builder.ts';

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
      text: later(() =>
        titled(serviceSteps, 'kubeProxy', {
          node: node.name,
          count: services.length,
          chains: rules.natChains.length,
          rules: rules.nat.length,
        }),
      ),
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
      text: later(() =>
        titled(serviceSteps, 'noClusterIp', {
          service: key,
          serviceCidr: formatCidr(serviceCidr),
          error: 'failed to allocate a serviceIP: range is full',
        }),
      ),
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
  const np = ports.filter((p) => p.nodePort !== undefined).map((p) => `${p.nodePort}/${p.protocol}`);
  b.emit({
    phase: 'service',
    actor: 'kube-apiserver',
    target: CONTROL_PLANE,
    changes: [{ kind: 'service-created', service }],
    text: later(() =>
      titled(serviceSteps, 'clusterIp', {
        service: key,
        ip: formatIp(clusterIp),
        type: spec.type,
        given: given !== undefined ? 1 : 0,
        serviceCidr: formatCidr(serviceCidr),
        ports: np.length,
        nodePorts: np.join(', '),
      }),
    ),
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
    text: later(() => [
      endpoints.length === 0
        ? message(serviceSteps, 'sliceEmptyTitle', { service: key })
        : message(serviceSteps, 'sliceTitle', {
            service: key,
            endpoints: endpoints.map((e) => `${e.pod} ${formatIp(e.ip)}`).join(', '),
          }),
      message(serviceSteps, 'slice', {
        notReady: notReady.length,
        pods: notReady.join(', '),
        ready: endpoints.length,
      }),
    ]),
  });
}
