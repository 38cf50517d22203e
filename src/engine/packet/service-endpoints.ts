/**
 * Trace destinations that reach a Service: `service:[NAMESPACE/]NAME[:PORT]` (its cluster IP and
 * port) and a node's address with a node port (`node:NAME:30080`, `192.168.0.20:30080`). Gives
 * the flow the walk follows, with the endpoint kube-proxy's statistic rules are taken to pick.
 */
import { packetHops } from '../messages/en/packetHops.ts';
import { message, type Text } from '../messages/message.ts';
import { parsePlace, parseServiceRef, type ServiceRef, splitPort } from '../places.ts';
import { endpointText, orderedEndpoints } from '../services/kube-proxy-rules.ts';
import type { ServiceEndpoint, ServicePortState, ServiceState } from '../world/types.ts';
import type { ServiceFlow } from './service-flow.ts';
import type { ResolvedEndpoint } from './types.ts';
import type { WorldIndex } from './world-index.ts';

const quote = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

function findService(index: WorldIndex, ref: ServiceRef): ServiceState | Text {
  const services = index.world.services;
  const matching = services.filter(
    (s) => s.name === ref.name && (ref.namespace === undefined || s.namespace === ref.namespace),
  );
  if (matching.length === 1) return matching[0] as ServiceState;
  if (matching.length > 1)
    return message(packetHops, 'serviceAmbiguous', {
      name: quote(ref.name),
      namespaces: matching.map((s) => s.namespace).join(', '),
      plain: ref.name,
    });
  const declared = index.world.scenario.services?.some((s) => s.name === ref.name);
  if (declared) return message(packetHops, 'serviceNotYet', { name: ref.name });
  const known = services.map((s) => s.name);
  const hint = known.length
    ? message(packetHops, 'knownNames', { names: known.slice(0, 10).join(', ') })
    : '';
  return message(packetHops, 'noServiceNamed', { name: quote(ref.name), hint });
}

function findPort(service: ServiceState, port: string | undefined): ServicePortState | Text {
  if (port === undefined) return service.ports[0] as ServicePortState;
  const byName = service.ports.find((p) => p.name === port);
  const byNumber = service.ports.filter((p) => String(p.port) === port);
  const found = byName ?? byNumber[0];
  if (found) return found;
  const ports = service.ports.map((p) => `${p.name ? `${p.name} ` : ''}${p.port}/${p.protocol}`).join(', ');
  return message(packetHops, 'noServicePort', { name: service.name, port: quote(port), ports });
}

/** The endpoint the trace takes: the one asked for, or the first in kube-proxy's order. */
function chooseEndpoint(
  service: ServiceState,
  port: ServicePortState,
  chosen: string | undefined,
): ServiceEndpoint | undefined | Text {
  const ordered = orderedEndpoints(service, port);
  if (chosen === undefined) return ordered[0];
  const place = parsePlace(chosen);
  const name = place?.kind === 'pod' ? place.name : chosen;
  const found = ordered.find((e) => e.pod === name);
  if (found) return found;
  const list = ordered.map((e) => e.pod).join(', ');
  const params = { pod: quote(name), service: `${service.namespace}/${service.name}`, list };
  return message(packetHops, list ? 'notEndpoint' : 'notEndpointNone', params);
}

/** An error (a sentence or a message) rather than what was asked for. */
export function isText<T extends object>(value: T | Text): value is Text {
  return typeof value === 'string' || 'en' in value;
}

function flowOf(
  service: ServiceState,
  port: ServicePortState,
  dport: number,
  chosen: string | undefined,
): ServiceFlow | Text {
  const endpoint = chooseEndpoint(service, port, chosen);
  if (endpoint !== undefined && isText(endpoint)) return endpoint;
  return { service, port, protocol: port.protocol === 'UDP' ? 'udp' : 'tcp', dport, endpoint };
}

/** A Service destination resolved: the address to send to and the flow. */
export interface ServiceDestination {
  readonly ip: number;
  readonly flow: ServiceFlow;
  /** For a node port: the endpoint without its port (`node:NAME`, an address). */
  readonly base?: string;
}

/**
 * Resolves a Service destination; undefined when `input` is no Service form (not `service:…`,
 * no `:PORT` suffix), a sentence when it is one that cannot be used.
 */
export function resolveServiceDestination(
  index: WorldIndex,
  input: string,
  chosen: string | undefined,
  nodeIp: (base: string) => number | Text,
): ServiceDestination | Text | undefined {
  const ref = parseServiceRef(input);
  if (ref) {
    const service = findService(index, ref);
    if (isText(service)) return service;
    const port = findPort(service, ref.port);
    if (isText(port)) return port;
    const flow = flowOf(service, port, port.port, chosen);
    return isText(flow) ? flow : { ip: service.clusterIp, flow };
  }
  const split = splitPort(input);
  if (!split) return undefined;
  const ip = nodeIp(split.base);
  if (typeof ip !== 'number') return ip;
  for (const service of index.world.services) {
    for (const port of service.ports) {
      if (port.nodePort !== split.port) continue;
      const flow = flowOf(service, port, split.port, chosen);
      return isText(flow) ? flow : { ip, flow, base: split.base };
    }
  }
  const id = index.world.services.length ? 'noNodePort' : 'noNodePortNone';
  return message(packetHops, id, { port: split.port });
}

/** What the trace says of the Service it reached. */
export function serviceView(flow: ServiceFlow): NonNullable<ResolvedEndpoint['service']> {
  const endpoints = orderedEndpoints(flow.service, flow.port);
  return {
    name: `${flow.service.namespace}/${flow.service.name}`,
    protocol: flow.port.protocol,
    port: flow.dport,
    endpoint: flow.endpoint?.pod,
    endpoints: endpoints.map((e) => ({
      pod: e.pod,
      address: endpointText(e.ip, flow.port.targetPort),
      probability: 1 / endpoints.length,
    })),
  };
}
