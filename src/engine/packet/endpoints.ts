/**
 * Endpoints of a trace (DESIGN.md §3.2): `pod:NAME`, `pod:NAME/CONTAINER`, `node:NAME`,
 * `external:NAME`, or an IPv4 address, resolved against one world state. Any string is
 * accepted; what cannot be used comes back as a sentence, never as an exception.
 */
import { CLOUD_SERVICE_CIDR } from '../construction/initial-phase.ts';
import { packetHops } from '../messages/en/packetHops.ts';
import { type Message, message, type Text } from '../messages/message.ts';
import { cidr, contains, formatIp, parseIp } from '../net/ipv4.ts';
import { externalPlace, type HopPlace, nodePlace, parsePlace, podPlace } from '../places.ts';
import type { External } from '../scenario/types.ts';
import type { NodeState, PodState } from '../world/types.ts';
import { isLoopback, routableOnInternet } from './addresses.ts';
import { didYouMean } from './did-you-mean.ts';
import { addressPlace, vswitchOf, type WorldIndex } from './world-index.ts';

/** A resolved endpoint. A bare address as destination stays an `address`: the network decides. */
export type Endpoint =
  | { readonly kind: 'pod'; readonly pod: PodState; readonly container?: string }
  | { readonly kind: 'node'; readonly node: NodeState; readonly ip: number }
  | { readonly kind: 'external'; readonly external: External; readonly ip: number }
  | { readonly kind: 'host'; readonly ip: number; readonly side: 'vpc' | 'internet' }
  | { readonly kind: 'address'; readonly ip: number };

const FORMS = 'pod:NAME, pod:NAME/CONTAINER, node:NAME, external:NAME or an IPv4 address';
const MAX_SHOWN = 80;
// NOTE: read when first used, not when the module loads: the built site's engine and packet-engine
// chunks import each other, and a top-level read of the engine's constant could run before it is set.
let cloudServices: ReturnType<typeof cidr> | undefined;
const cloudServicesCidr = () => {
  cloudServices ??= cidr(CLOUD_SERVICE_CIDR);
  return cloudServices;
};

/** The input, quoted and cut short, for error sentences. */
function quote(input: string): string {
  const shown = input.length > MAX_SHOWN ? `${input.slice(0, MAX_SHOWN)}…` : input;
  return JSON.stringify(shown);
}

/** Resolves an endpoint string; `role` decides what a bare address may be. */
export function resolveEndpoint(index: WorldIndex, input: string, role: 'from' | 'to'): Endpoint | Text {
  if (typeof input !== 'string')
    return message(packetHops, role === 'from' ? 'fromNotString' : 'toNotString', { forms: FORMS });
  const place = parsePlace(input);
  if (place?.kind === 'pod') return resolvePod(index, place.name, place.part);
  if (place?.kind === 'node' && place.part === undefined) return resolveNode(index, place.name);
  if (place?.kind === 'external') {
    const name = place.name;
    const external = index.externalByName.get(name);
    if (!external) {
      const names = [...index.externalByName.keys()];
      const hint = didYouMean(name, names) || known(names);
      return message(packetHops, 'noExternalNamed', { name: quote(name), hint });
    }
    return { kind: 'external', external, ip: parseIp(external.ip) ?? 0 };
  }
  const ip = input.includes(':') ? undefined : parseIp(input);
  if (ip === undefined) return message(packetHops, 'notAnEndpoint', { input: quote(input), forms: FORMS });
  return resolveAddress(index, ip, role);
}

function resolvePod(index: WorldIndex, name: string, container: string | undefined): Endpoint | Text {
  const pod = index.pod(name);
  if (!pod) {
    if (index.world.scenario.pods.some((p) => p.name === name)) {
      return message(packetHops, 'podNotYet', { name });
    }
    const hint = didYouMean(name, index.world.pods.keys());
    return message(packetHops, 'noPodNamed', { name: quote(name), hint });
  }
  if (container === undefined) return { kind: 'pod', pod };
  if (!pod.containers.includes(container)) {
    const containers = pod.containers.join(', ');
    return message(packetHops, 'noContainerNamed', { name, container: quote(container), containers });
  }
  return { kind: 'pod', pod, container };
}

function resolveNode(index: WorldIndex, name: string): Endpoint | Text {
  const node = index.world.nodes.get(name);
  if (node) return { kind: 'node', node, ip: node.ip };
  if (index.world.scenario.nodes.some((n) => n.name === name)) {
    return message(packetHops, 'nodeNotYet', { name });
  }
  const hint = didYouMean(name, index.world.nodes.keys());
  return message(packetHops, 'noNodeNamed', { name: quote(name), hint });
}

function resolveAddress(index: WorldIndex, ip: number, role: 'from' | 'to'): Endpoint | Text {
  const pod = index.podByIp.get(ip);
  if (pod) return { kind: 'pod', pod };
  const node = index.nodeByIp.get(ip);
  if (node) return { kind: 'node', node, ip };
  const external = index.externalByIp.get(ip);
  if (external) return { kind: 'external', external, ip };
  if (role === 'to') return { kind: 'address', ip };
  const text = formatIp(ip);
  if (isLoopback(ip)) return message(packetHops, 'loopbackSource', { ip: text });
  const vswitch = vswitchOf(index, ip);
  const cloud = contains(cloudServicesCidr(), ip);
  if (vswitch !== undefined || cloud) return { kind: 'host', ip, side: 'vpc' };
  if (routableOnInternet(ip)) return { kind: 'host', ip, side: 'internet' };
  return message(packetHops, 'nothingSendsFrom', { ip: text });
}

function known(names: readonly string[]): Message | '' {
  return names.length === 0
    ? ''
    : message(packetHops, 'knownNames', { names: names.slice(0, 10).join(', ') });
}

/** The place an endpoint lives (`pod:NAME`, `node:NAME`, `external:NAME`, `host:IP`). */
export function placeOf(endpoint: Endpoint): HopPlace {
  switch (endpoint.kind) {
    case 'pod':
      return podPlace(endpoint.pod.name);
    case 'node':
      return nodePlace(endpoint.node.name);
    case 'external':
      return externalPlace(endpoint.external.name);
    default:
      return addressPlace(endpoint.ip);
  }
}

/** The endpoint's address, if it has one (a pod without an IP has none). */
export function addressOf(endpoint: Endpoint): number | undefined {
  return endpoint.kind === 'pod' ? endpoint.pod.ip : endpoint.ip;
}
