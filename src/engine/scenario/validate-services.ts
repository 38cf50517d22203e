/**
 * The `services` section, after the schema: names unique per namespace, a given cluster IP inside
 * the service CIDR and used once, ports unique per protocol and named when there are several,
 * node ports only on NodePort Services and inside kube-apiserver's default range, endpoints that
 * are pods of the scenario.
 */
import { validation } from '../messages/en/validation.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import { broadcastOf, type Cidr, contains, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { checkName } from './names.ts';
import { type Draft, indexPath, keyPath, quote } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import type { ServiceSpec } from './types.ts';

const say = (id: keyof typeof validation, params?: MessageParams): Message => message(validation, id, params);

// NOTE: kube-apiserver's --service-node-port-range defaults to 30000-32767
// (kubernetes pkg/kubeapiserver/options ServiceNodePortRange, kubernetes.io "Service" NodePort).
export const NODE_PORT_MIN = 30000;
export const NODE_PORT_MAX = 32767;

type ServiceList = Draft<NonNullable<ScenarioFile['services']>>;

/** Reads the services; `podNames` are the pods of the scenario (endpoints must be among them). */
export function validateServices(
  r: Reporter,
  list: ServiceList | undefined,
  serviceCidr: Cidr | undefined,
  podNames: ReadonlySet<string>,
): ServiceSpec[] | undefined {
  if (list === undefined) return undefined;
  const names = new Map<string, string>();
  const ips = new Map<number, string>();
  const nodePorts = new Map<string, string>();
  const out: ServiceSpec[] = [];
  list.forEach((svc, i) => {
    if (!svc) return;
    const at = indexPath('services', i);
    let ok = true;
    const name = svc.name;
    const namespace = svc.namespace ?? 'default';
    if (name !== undefined && checkName(r, name, keyPath(at, 'name'), say('serviceName'), 'label')) {
      const key = `${namespace}/${name}`;
      const first = names.get(key);
      if (first !== undefined) {
        r.error(keyPath(at, 'name'), say('serviceTwice', { service: quote(key), first }));
        ok = false;
      } else names.set(key, keyPath(at, 'name'));
    } else ok = false;
    if (
      svc.namespace !== undefined &&
      !checkName(r, svc.namespace, keyPath(at, 'namespace'), say('namespace'), 'label')
    )
      ok = false;
    const ip = svc.clusterIp === undefined ? undefined : parseIp(svc.clusterIp);
    if (ip !== undefined && !checkClusterIp(r, ip, keyPath(at, 'clusterIp'), serviceCidr, ips)) ok = false;
    if (!checkPorts(r, svc, at, nodePorts)) ok = false;
    (svc.endpoints ?? []).forEach((pod, j) => {
      if (pod === undefined) return;
      const path = indexPath(keyPath(at, 'endpoints'), j);
      if (!podNames.has(pod)) {
        r.error(path, say('endpointUnknownPod', { pod: quote(pod) }));
        ok = false;
      } else if ((svc.endpoints ?? []).indexOf(pod) !== j) {
        r.error(path, say('endpointTwice', { pod: quote(pod) }));
        ok = false;
      }
    });
    if (!ok || name === undefined || svc.ports === undefined) return;
    out.push({
      name,
      namespace,
      type: svc.type ?? 'ClusterIP',
      ...(ip !== undefined ? { clusterIp: formatIp(ip) } : {}),
      ports: svc.ports.flatMap((p) =>
        p && p.port !== undefined && p.targetPort !== undefined
          ? [
              {
                ...(p.name !== undefined ? { name: p.name } : {}),
                port: p.port,
                targetPort: p.targetPort,
                protocol: p.protocol ?? 'TCP',
                ...(p.nodePort !== undefined ? { nodePort: p.nodePort } : {}),
              },
            ]
          : [],
      ),
      endpoints: [...(svc.endpoints ?? [])] as string[],
    });
  });
  return out;
}

function checkClusterIp(
  r: Reporter,
  ip: number,
  at: string,
  serviceCidr: Cidr | undefined,
  seen: Map<number, string>,
): boolean {
  const text = formatIp(ip);
  if (serviceCidr === undefined) return false;
  // NOTE: the apiserver's allocator omits the first and last address of the range
  // (pkg/registry/core/service/ipallocator: "The first and last addresses of the CIDR are omitted").
  if (!contains(serviceCidr, ip) || ip === serviceCidr.network || ip === broadcastOf(serviceCidr)) {
    r.error(at, say('clusterIpRange', { ip: text, cidr: formatCidr(serviceCidr) }));
    return false;
  }
  const first = seen.get(ip);
  if (first !== undefined) {
    r.error(at, say('clusterIpTwice', { ip: text, first, printed: 'provided IP is already allocated' }));
    return false;
  }
  seen.set(ip, at);
  return true;
}

type ServiceDraft = NonNullable<ServiceList[number]>;

function checkPorts(r: Reporter, svc: ServiceDraft, at: string, nodePorts: Map<string, string>): boolean {
  let ok = true;
  const ports = svc.ports ?? [];
  const seenPort = new Map<string, number>();
  const seenName = new Map<string, number>();
  ports.forEach((p, j) => {
    if (!p) return;
    const path = indexPath(keyPath(at, 'ports'), j);
    const protocol = p.protocol ?? 'TCP';
    if (ports.length > 1 && p.name === undefined) {
      r.error(keyPath(path, 'name'), say('portNameNeeded'));
      ok = false;
    }
    if (p.name !== undefined) {
      if (!checkName(r, p.name, keyPath(path, 'name'), say('portName'), 'label')) ok = false;
      else if (seenName.has(p.name)) {
        r.error(keyPath(path, 'name'), say('portNameTwice', { name: quote(p.name) }));
        ok = false;
      } else seenName.set(p.name, j);
    }
    if (p.port !== undefined) {
      const key = `${p.port}/${protocol}`;
      if (seenPort.has(key)) {
        r.error(keyPath(path, 'port'), say('portTwice', { port: key }));
        ok = false;
      } else seenPort.set(key, j);
    }
    if (p.nodePort === undefined) return;
    if ((svc.type ?? 'ClusterIP') !== 'NodePort') {
      r.error(keyPath(path, 'nodePort'), say('nodePortNeedsType'));
      ok = false;
    } else if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX) {
      r.error(
        keyPath(path, 'nodePort'),
        say('nodePortRange', { port: p.nodePort, min: NODE_PORT_MIN, max: NODE_PORT_MAX }),
      );
      ok = false;
    } else {
      const key = `${p.nodePort}/${protocol}`;
      const first = nodePorts.get(key);
      if (first !== undefined) {
        r.error(keyPath(path, 'nodePort'), say('nodePortTwice', { port: key, first }));
        ok = false;
      } else nodePorts.set(key, keyPath(path, 'nodePort'));
    }
  });
  return ok;
}
