/**
 * Scenario file → resolved Scenario (DESIGN.md §3.1). Every problem is reported with its path and
 * a sentence; nothing the user can type makes this throw.
 */
import { formatCidr, formatIp } from '../net/ipv4.ts';
import { MAX_INPUT_CHARS, MAX_TITLE_LENGTH, ROOT_PATH } from './limits.ts';
import {
  checkKeys,
  createReporter,
  isObject,
  type JsonObject,
  kindOf,
  own,
  type Reporter,
  readString,
} from './shape.ts';
import { titleProblem } from './title-text.ts';
import type { ParseResult, Scenario } from './types.ts';
import { validateCluster } from './validate-cluster.ts';
import { validateExternals, validateFaults } from './validate-extras.ts';
import { validateGiven } from './validate-given.ts';
import { validateNodes } from './validate-nodes.ts';
import { type GivenPodIp, validatePods } from './validate-pods.ts';
import { validateRoutes } from './validate-routes.ts';
import { validateVpc } from './validate-vpc.ts';

// `$schema` lets an author point an editor at scenario.schema.json; the engine ignores it.
const ROOT_KEYS = ['$schema', 'title', 'vpc', 'cluster', 'nodes', 'pods', 'externals', 'faults'] as const;
const DEFAULT_TITLE = 'Untitled scenario';

/**
 * Parses a scenario given as JSON text or as an already-parsed value, applies the documented
 * defaults, and returns either the resolved scenario or every problem found.
 */
export function parseScenario(input: unknown): ParseResult {
  try {
    return parseUnguarded(input);
  } catch {
    // A getter or proxy in a pre-parsed value can throw; JSON data never does.
    return fail(
      'the scenario could not be read; pass JSON text or plain JSON data (objects, arrays, strings, numbers)',
    );
  }
}

function fail(message: string): ParseResult {
  return { ok: false, errors: [{ path: ROOT_PATH, message }] };
}

function parseUnguarded(input: unknown): ParseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_INPUT_CHARS) {
      return fail(
        `the scenario is ${input.length} characters long; the engine reads at most ${MAX_INPUT_CHARS}`,
      );
    }
    const decoded = decodeJson(input);
    if (!decoded.ok) return fail(`the scenario is not valid JSON: ${decoded.reason}`);
    value = decoded.value;
  }
  if (!isObject(value)) {
    return fail(
      `a scenario must be a JSON object ({ "vpc": …, "cluster": …, "nodes": … }), but this is ${kindOf(value)}`,
    );
  }
  const r = createReporter();
  const scenario = validateRoot(r, value);
  if (r.errors.length > 0 || !scenario) {
    return {
      ok: false,
      errors: r.errors.length > 0 ? r.errors : [{ path: ROOT_PATH, message: 'the scenario is incomplete' }],
    };
  }
  return { ok: true, scenario, file: value };
}

function decodeJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  // A byte-order mark is common in files saved by Windows editors; JSON.parse refuses it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: 'the text is empty' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'the parser gave no reason';
    return { ok: false, reason: reason.length > 200 ? `${reason.slice(0, 200)}…` : reason };
  }
}

function validateRoot(r: Reporter, root: JsonObject): Scenario | undefined {
  checkKeys(r, root, '', ROOT_KEYS);
  readString(r, root, '$schema', '', { maxLength: 2000 });
  const title = readTitle(r, root);
  const vpc = validateVpc(r, own(root, 'vpc'));
  const cluster = validateCluster(r, own(root, 'cluster'), vpc);
  const nodes = validateNodes(r, root, vpc);
  const customRoutes = validateRoutes(r, vpc, cluster, nodes.names);
  const givenIps: GivenPodIp[] = [];
  const pods = validatePods(r, root, nodes.names, givenIps);
  validateGiven(r, cluster, nodes, givenIps);
  const externals = validateExternals(r, root, vpc.cidr, cluster);
  const faults = validateFaults(r, root, nodes.names);
  if (r.errors.length > 0) return undefined;
  if (!vpc.cidr || !cluster.podCidr || !cluster.serviceCidr) return undefined;
  return {
    title,
    vpc: {
      cidr: formatCidr(vpc.cidr),
      vswitches: vpc.vswitches.flatMap((v) => (v.cidr ? [{ name: v.name, cidr: formatCidr(v.cidr) }] : [])),
      routeQuota: vpc.routeQuota,
      ...(vpc.natEip !== undefined ? { natGateway: { eip: formatIp(vpc.natEip) } } : {}),
      customRoutes,
    },
    cluster: {
      podCidr: formatCidr(cluster.podCidr),
      nodeCidrMaskSize: cluster.nodeCidrMaskSize,
      serviceCidr: formatCidr(cluster.serviceCidr),
      ipMasq: cluster.ipMasq,
    },
    nodes: nodes.nodes,
    pods,
    externals,
    faults,
  };
}

function readTitle(r: Reporter, root: JsonObject): string {
  const title = readString(r, root, 'title', '', { maxLength: MAX_TITLE_LENGTH });
  if (title === undefined) return DEFAULT_TITLE;
  const problem = titleProblem(title);
  if (problem) r.error('title', problem);
  return title;
}
