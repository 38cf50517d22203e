/**
 * Scenario file → resolved Scenario (DESIGN.md §3.1). Every problem is reported with its path and
 * a sentence; nothing the user can type makes this throw.
 */
import { fileShape } from '../messages/en/fileShape.ts';
import { english, type Message, type MessageParams, message, type Text } from '../messages/message.ts';
import { formatCidr, formatIp } from '../net/ipv4.ts';
import { MAX_ERRORS, MAX_INPUT_CHARS, ROOT_PATH } from './limits.ts';
import { readPlainPods } from './plain-pods.ts';
import { parseJsonText } from './pods-text.ts';
import { inReadingOrder, type SchemaError } from './problem-order.ts';
import {
  type Issue,
  isObject,
  issuePath,
  type JsonObject,
  kindText,
  readWith,
  UNKNOWN_KEY,
  written,
} from './read-json.ts';
import { createReporter, type Problem } from './report.ts';
import { DEFAULTS, SCENARIO_FILE, type ScenarioFile } from './schema.ts';
import type { ParseResult, Scenario, ScenarioError } from './types.ts';
import { validateCluster } from './validate-cluster.ts';
import { validateExternals, validateFaults } from './validate-extras.ts';
import { validateGiven } from './validate-given.ts';
import { validateNodes } from './validate-nodes.ts';
import { type GivenPodIp, podsOnKnownNodes, validatePods } from './validate-pods.ts';
import { validateRoutes } from './validate-routes.ts';
import { validateServices } from './validate-services.ts';
import { validateVpc } from './validate-vpc.ts';

const NO_NAMES: ReadonlySet<string> = new Set();

const say = (id: keyof typeof fileShape, params?: MessageParams): Message => message(fileShape, id, params);

/**
 * Parses a scenario given as JSON text or as an already-parsed value, applies the documented
 * defaults, and returns either the resolved scenario or every problem found.
 */
export function parseScenario(input: unknown): ParseResult {
  try {
    return parseUnguarded(input);
  } catch {
    // A getter or proxy in a pre-parsed value can throw; JSON data never does.
    return fail(say('unreadable'));
  }
}

function fail(reason: Message): ParseResult {
  return { ok: false, errors: [{ path: ROOT_PATH, message: english(reason), reason }] };
}

function parseUnguarded(input: unknown): ParseResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_INPUT_CHARS) {
      return fail(say('inputTooLong', { length: input.length, max: MAX_INPUT_CHARS }));
    }
    const decoded = decodeJson(input);
    if (!decoded.ok) return fail(say('notJson', { reason: decoded.reason }));
    value = decoded.value;
  }
  if (!isObject(value)) {
    return fail(
      say('notScenarioObject', { example: '{ "vpc": …, "cluster": …, "nodes": … }', kind: kindText(value) }),
    );
  }
  // A value parsed here is the reader's own: parts of it may be handed back as they are.
  const checked = validateRoot(value, typeof input === 'string');
  return checked.ok ? { ok: true, scenario: checked.scenario, file: value } : checked;
}

function decodeJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string | Message } {
  // A byte-order mark is common in files saved by Windows editors; JSON.parse refuses it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: say('emptyText') };
  try {
    return { ok: true, value: parseJsonText(body) };
  } catch (error) {
    // The JavaScript engine's own words stay as it printed them.
    if (!(error instanceof Error)) return { ok: false, reason: say('noParserReason') };
    const reason = error.message;
    return { ok: false, reason: reason.length > 200 ? `${reason.slice(0, 200)}…` : reason };
  }
}

/**
 * The file's parts in the order their problems are listed: the custom routes come after the
 * nodes they may name. Each is named by the path its problems start with.
 */
const SECTIONS = [
  '',
  'vpc',
  'cluster',
  'nodes',
  'vpc.customRoutes',
  'pods',
  'externals',
  'faults',
  'services',
] as const;
type Section = (typeof SECTIONS)[number];

function sectionOf(issue: Issue): Section {
  const [first, second, third] = (issue.path ?? []).map((item) => String(item.key));
  if (first === 'vpc' && second === 'customRoutes' && third !== undefined) return 'vpc.customRoutes';
  return SECTIONS.find((s) => s !== '' && s === first) ?? '';
}

function validateRoot(
  root: JsonObject,
  owned: boolean,
): { ok: true; scenario: Scenario } | { ok: false; errors: readonly ScenarioError[] } {
  // The usual pods list is read in one pass of its own; the schema reads the rest.
  const plainPods = readPlainPods(root.pods, owned);
  const read = readWith(SCENARIO_FILE, plainPods ? withoutPods(root) : root);
  const file = read.value;
  const fromSchema = new Map<Section, SchemaError[]>(SECTIONS.map((s) => [s, []]));
  for (const issue of read.issues) {
    const unknownKey = issue.type === UNKNOWN_KEY;
    const error = { path: issuePath(issue), message: issue.message, unknownKey };
    fromSchema
      .get(sectionOf(issue))
      ?.push(issue.reason === undefined ? error : { ...error, reason: issue.reason });
  }
  const r = createReporter();
  const errors: Problem[] = [];
  let reported = 0;
  /**
   * Lists the problems of one part of the file: the schema's, and those its pass just found.
   * Past MAX_ERRORS the later parts are not listed: only the first MAX_ERRORS are shown.
   */
  const section = (name: Section, withSchema = true) => {
    if (errors.length <= MAX_ERRORS) {
      const schemaErrors = withSchema ? (fromSchema.get(name) ?? []) : [];
      for (const error of inReadingOrder(name, schemaErrors, r.errors.slice(reported))) errors.push(error);
    }
    reported = r.errors.length;
  };
  section('');
  const vpc = validateVpc(r, file?.vpc, written(root, 'vpc', 'natGateway'));
  section('vpc');
  const cluster = validateCluster(r, file?.cluster, written(root, 'cluster', 'serviceCidr'), vpc);
  section('cluster');
  const nodes = validateNodes(r, file?.nodes, (i) => written(root, 'nodes', i, 'ip'), vpc);
  section('nodes');
  const customRoutes = validateRoutes(r, file?.vpc?.customRoutes, vpc, cluster, nodes.names);
  section('vpc.customRoutes');
  const givenIps: GivenPodIp[] = [];
  const pods = plainPods
    ? podsOnKnownNodes(r, plainPods, nodes.names)
    : validatePods(r, file?.pods, (i) => written(root, 'pods', i, 'containers'), nodes.names, givenIps);
  // Given addresses are checked once every node and pod was read, and only in a file with no
  // other problem: their problems come after all the pods'.
  section('pods');
  validateGiven({ errors, error: r.late, late: r.late }, cluster, nodes, givenIps);
  section('pods', false);
  const externals = validateExternals(r, file?.externals, vpc.cidr, cluster);
  section('externals');
  const faults = validateFaults(r, file?.faults, nodes.names, cluster.cni?.plugin ?? DEFAULTS.cni.plugin);
  section('faults');
  // The pods' names only for a file with Services (their endpoints name pods).
  const podNames = file?.services?.length ? new Set(pods.map((p) => p.name)) : NO_NAMES;
  const services = validateServices(r, file?.services, cluster.serviceCidr, podNames);
  section('services');

  if (errors.length > 0 || !read.ok) return { ok: false, errors: capped(errors) };
  if (!vpc.cidr || !cluster.podCidr || !cluster.serviceCidr) {
    return fail(say('incomplete'));
  }
  const { title, vpc: vpcFile } = read.value as ScenarioFile;
  return {
    ok: true,
    scenario: {
      title,
      vpc: {
        cidr: formatCidr(vpc.cidr),
        vswitches: vpc.vswitches.flatMap((v) => (v.cidr ? [{ name: v.name, cidr: formatCidr(v.cidr) }] : [])),
        routeQuota: vpcFile.routeQuota,
        ...(vpc.natEip !== undefined ? { natGateway: { eip: formatIp(vpc.natEip) } } : {}),
        customRoutes,
      },
      cluster: {
        podCidr: formatCidr(cluster.podCidr),
        nodeCidrMaskSize: cluster.nodeCidrMaskSize,
        serviceCidr: formatCidr(cluster.serviceCidr),
        ipMasq: cluster.ipMasq,
        ...(cluster.cni ? { cni: cluster.cni } : {}),
      },
      nodes: nodes.nodes,
      pods,
      externals,
      faults,
      ...(services !== undefined ? { services } : {}),
    },
  };
}

/** The file without its pods (readPlainPods read them), for the schema. */
function withoutPods(root: JsonObject): JsonObject {
  // No prototype: a "__proto__" key stays a key the schema reports.
  const rest: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(root)) if (key !== 'pods') rest[key] = root[key];
  return rest;
}

/**
 * Past MAX_ERRORS problems, listing more helps nobody: the first ones, and a note. Their sentences
 * are said here, for the problems shown only.
 */
function capped(errors: readonly Problem[]): readonly ScenarioError[] {
  const shown: ScenarioError[] = [];
  for (let i = 0; i < Math.min(errors.length, MAX_ERRORS); i++) shown.push(said(errors[i] as Problem));
  if (errors.length <= MAX_ERRORS) return shown;
  const reason = say('tooManyProblems', { max: MAX_ERRORS });
  shown.push({ path: ROOT_PATH, message: english(reason), reason });
  return shown;
}

/** A problem with its English sentence. */
function said({ path, message, reason }: Problem): ScenarioError {
  const sentence = message ?? english(reason as Text);
  return reason === undefined ? { path, message: sentence } : { path, message: sentence, reason };
}
