/**
 * The order problems are listed in, which is the order a reader meets them in the file: the
 * schema finds some and the later passes find the rest, and each problem takes its place by its
 * path (so the first problem, the one a one-line message shows, is the first in the file).
 */
import type { PassError, Problem } from './report.ts';
import type { ScenarioError } from './types.ts';

// Keys in the order each object is read; a key not listed (an unknown key) comes first.
const READING_ORDER = [
  'name',
  'kind',
  '$schema',
  'title',
  'vpc',
  'cidr',
  'vswitches',
  'routeQuota',
  'natGateway',
  'eip',
  'snat',
  'customRoutes',
  'destination',
  'nextHop',
  'cluster',
  'role',
  'vswitch',
  'node',
  'containers',
  'ip',
  'podCidr',
  'nodeCidrMaskSize',
  'serviceCidr',
  'ipMasq',
  'cni',
  'plugin',
  'backend',
  'podVswitches',
  'eni',
  'adapters',
  'ipsPerAdapter',
  'nodes',
  'pods',
  'externals',
  'faults',
  'namespace',
  'type',
  'clusterIp',
  'ports',
  'port',
  'targetPort',
  'protocol',
  'nodePort',
  'endpoints',
  'services',
];

/** A problem the schema found; `unknownKey` when it is a key the object may not have. */
export interface SchemaError extends ScenarioError {
  readonly unknownKey: boolean;
}

/** A problem as listed: its path and sentence (or the reason it is said from), without how it was found. */
function problem({ path, message, reason }: Problem): Problem {
  if (reason === undefined) return { path, message };
  return message === undefined ? { path, reason } : { path, message, reason };
}

const TOKEN = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;

/**
 * Where a problem sits among the problems of its part of the file (`root`, e.g. "nodes"): the
 * rank of each step of its path, then -∞ for the schema's problems (met on reading a value) or
 * +∞ for the passes' (found after reading it, so after the value's own parts).
 */
function placeOf(
  path: string,
  root: string,
  fromSchema: boolean,
  late: boolean,
  unknownKey = false,
): number[] {
  if (late || !path.startsWith(root)) return [Number.POSITIVE_INFINITY];
  const place: number[] = [];
  for (const [, key, index] of path.matchAll(TOKEN)) {
    place.push(index !== undefined ? Number(index) : key !== undefined ? READING_ORDER.indexOf(key) : -1);
  }
  // An unknown key is reported before the object's fields, even when it is a field's name elsewhere.
  if (unknownKey) place[place.length - 1] = -1;
  place.push(fromSchema ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
  return place;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.length - b.length;
}

/**
 * The problems of one part of the file (`root`), in reading order: the schema's, sorted by place,
 * merged into the passes', which their passes found in reading order already.
 */
export function inReadingOrder(
  root: string,
  fromSchema: readonly SchemaError[],
  fromPasses: readonly PassError[],
): Problem[] {
  // One side alone is in reading order already (the schema's, when it found one problem).
  if (fromSchema.length === 0) return fromPasses.map(problem);
  if (fromPasses.length === 0 && fromSchema.length === 1) return fromSchema.map(problem);
  const schema = fromSchema
    .map((error) => ({
      error: problem(error),
      place: placeOf(error.path, root, true, false, error.unknownKey),
    }))
    .sort((a, b) => compare(a.place, b.place));
  const passes = fromPasses.map((error) => ({
    error: problem(error),
    place: placeOf(error.path, root, false, error.late === true),
  }));
  const out: Problem[] = [];
  let i = 0;
  let j = 0;
  while (i < schema.length || j < passes.length) {
    const s = schema[i];
    const p = passes[j];
    if (s && (!p || compare(s.place, p.place) <= 0)) {
      out.push(s.error);
      i++;
    } else if (p) {
      out.push(p.error);
      j++;
    }
  }
  return out;
}
