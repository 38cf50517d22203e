/**
 * `{tokens}` in narration, explanations and element ids, filled in from the lesson's own world,
 * so no address in a lesson's text is typed by hand: `{node:node-a.podCidr}`, `{pod:web-1.ip}`,
 * `{cluster.podCidr}`, `{capacity.nodeLimit}`, `{service:api.clusterIp}`, …
 */
import {
  capacity,
  formatCidr,
  formatIp,
  parsePlace,
  parseServiceRef,
  type WorldState,
} from '../engine/index.ts';

const TOKEN = /\{([a-z][\w:.-]*)\}/g;

type Lookup = (world: WorldState) => string | number | undefined;

const GLOBAL: Record<string, Lookup> = {
  'vpc.cidr': (w) => w.scenario.vpc.cidr,
  'vpc.routeQuota': (w) => w.scenario.vpc.routeQuota,
  'nat.eip': (w) => w.scenario.vpc.natGateway?.eip,
  'cluster.podCidr': (w) => w.scenario.cluster.podCidr,
  'cluster.mask': (w) => w.scenario.cluster.nodeCidrMaskSize,
  'cluster.serviceCidr': (w) => w.scenario.cluster.serviceCidr,
};

const CAPACITY_FIELDS = [
  'nodeCidrBlocks',
  'allocatableBlocks',
  'nodeRoutesAvailable',
  'nodeLimit',
  'usablePodIpsPerNode',
  'otherCustomRoutes',
] as const;

function nodeValue(world: WorldState, name: string, field: string): string | undefined {
  const node = world.nodes.get(name);
  if (!node) return undefined;
  switch (field) {
    case 'ip':
      return formatIp(node.ip);
    case 'podCidr':
      return node.podCidr && formatCidr(node.podCidr);
    case 'gateway':
      return node.podCidr && formatIp(node.podCidr.network + 1);
    case 'instance':
      return node.instanceId;
    case 'vswitchGateway':
      return formatIp(node.defaultGateway);
    default:
      return undefined;
  }
}

function podValue(world: WorldState, name: string, field: string): string | undefined {
  const pod = world.pods.get(name);
  if (field === 'ip') return pod?.ip === undefined ? undefined : formatIp(pod.ip);
  if (field === 'node') return pod?.node;
  return undefined;
}

function externalValue(world: WorldState, name: string, field: string): string | undefined {
  return field === 'ip' ? world.scenario.externals.find((e) => e.name === name)?.ip : undefined;
}

/** `{service:NAME.clusterIp}` (NAME may be `NAMESPACE/NAME`). */
function serviceValue(world: WorldState, subject: string, field: string): string | undefined {
  const ref = parseServiceRef(subject);
  const service = world.services.find(
    (s) => s.name === ref?.name && (ref.namespace === undefined || s.namespace === ref.namespace),
  );
  return service && field === 'clusterIp' ? formatIp(service.clusterIp) : undefined;
}

/** The value of one token, or undefined when the world has no such thing. */
export function tokenValue(world: WorldState, token: string): string | undefined {
  const global = GLOBAL[token];
  if (global) return global(world)?.toString();
  const dot = token.lastIndexOf('.');
  const subject = token.slice(0, dot);
  const field = token.slice(dot + 1);
  if (subject === 'capacity') {
    const key = CAPACITY_FIELDS.find((f) => f === field);
    return key === undefined ? undefined : String(capacity(world.scenario)[key]);
  }
  if (subject.startsWith('service:')) return serviceValue(world, subject, field);
  const place = parsePlace(subject);
  if (place === undefined || place.part !== undefined) return undefined;
  if (place.kind === 'node') return nodeValue(world, place.name, field);
  if (place.kind === 'pod') return podValue(world, place.name, field);
  if (place.kind === 'external') return externalValue(world, place.name, field);
  return undefined;
}

/**
 * Fills every `{token}` of `text` from `world` and the `extra` values (e.g. `answer`). Returns
 * the filled text, or the list of tokens that have no value.
 */
export function fillTemplate(
  text: string,
  world: WorldState,
  extra: Readonly<Record<string, string>> = {},
): { ok: true; text: string } | { ok: false; unknown: string[] } {
  const unknown: string[] = [];
  const filled = text.replace(TOKEN, (whole, token: string) => {
    const value = Object.hasOwn(extra, token) ? extra[token] : tokenValue(world, token);
    if (value === undefined) unknown.push(token);
    return value ?? whole;
  });
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, text: filled };
}
