/**
 * The scenario file (DESIGN.md §3.1), described once. From this description come the file's
 * TypeScript type (`ScenarioFile`, defaults applied), its structural problems with their paths and
 * sentences, and the JSON Schema of `scenario.schema.json` (json-schema.ts, which adds the prose).
 * What a schema cannot say (host bits, overlaps, names that refer to each other, quotas) is
 * checked by the passes in validate-*.ts.
 */
import * as v from 'valibot';
import { CNI_PLUGINS, DEFAULTS, FAULT_KINDS, FLANNEL_BACKENDS } from './defaults.ts';
import {
  MAX_CUSTOM_ROUTES,
  MAX_ENI_ADAPTERS,
  MAX_EXTERNALS,
  MAX_FAULTS,
  MAX_IPS_PER_ADAPTER,
  MAX_NODES,
  MAX_PODS,
  MAX_ROUTE_QUOTA,
  MAX_TITLE_LENGTH,
  MAX_VSWITCHES,
  NODE_MASK_MAX,
  NODE_MASK_MIN,
} from './limits.ts';
import { nameText } from './names.ts';
import { cidrBlock, ipAddress } from './net-input.ts';
import {
  boundedList,
  closedObject,
  type JsonObject,
  kindOf,
  missingHints,
  oneOf,
  quote,
  stringProblem,
  text,
  textUpTo,
  trueOrFalse,
  wholeNumber,
} from './read-json.ts';
import { SERVICES } from './service-schema.ts';
import { titleProblem } from './title-text.ts';

export { CNI_PLUGINS, DEFAULTS, FAULT_KINDS, FLANNEL_BACKENDS };

const VSWITCH = closedObject(
  {
    name: nameText('label'),
    cidr: cidrBlock(),
  },
  {
    what: 'a vSwitch',
    missing: missingHints({
      name: 'every vSwitch needs a name',
      cidr: 'every vSwitch needs a CIDR inside the VPC, e.g. "192.168.0.0/24"',
    }),
  },
);

const CUSTOM_ROUTE = closedObject(
  {
    destination: cidrBlock(),
    nextHop: v.pipe(
      text(),
      v.check(
        (hop) => hop === 'nat-gateway' || hop.startsWith('instance:'),
        (issue) => `${quote(issue.input as string)} is not a next hop; use "nat-gateway" or "instance:NODE"`,
      ),
      v.metadata({ pattern: '^(nat-gateway|instance:.+)$' }),
    ),
  },
  {
    what: 'a custom route',
    missing: missingHints({
      destination: 'a route needs a destination CIDR, e.g. "0.0.0.0/0"',
      nextHop: 'a route needs a next hop: "nat-gateway" or "instance:NODE"',
    }),
  },
);

const VPC = closedObject(
  {
    cidr: cidrBlock(),
    vswitches: boundedList(VSWITCH, {
      what: 'vSwitches',
      max: MAX_VSWITCHES,
      empty: 'is empty; the VPC needs at least one vSwitch for its ECS nodes',
    }),
    routeQuota: v.optional(
      v.pipe(
        wholeNumber(
          1,
          MAX_ROUTE_QUOTA,
          `the route quota is a whole number of custom route entries from 1 to ${MAX_ROUTE_QUOTA} (200 by default)`,
        ),
      ),
      DEFAULTS.routeQuota,
    ),
    natGateway: v.optional(
      closedObject(
        {
          eip: ipAddress(),
          // Which vSwitches have an SNAT entry (CreateSnatEntry names one vSwitch per entry); all by default.
          snat: v.optional(
            boundedList(nameText('label'), {
              what: 'SNAT vSwitches',
              max: MAX_VSWITCHES,
              empty:
                'is empty: no vSwitch has an SNAT entry, so nothing in the VPC reaches the Internet; leave the key out for an entry per vSwitch',
            }),
          ),
        },
        {
          what: 'the NAT gateway',
          missing: missingHints({ eip: 'a NAT gateway needs its EIP, e.g. "198.51.100.20"' }),
        },
      ),
    ),
    customRoutes: v.optional(
      boundedList(CUSTOM_ROUTE, { what: 'custom routes', max: MAX_CUSTOM_ROUTES }),
      [],
    ),
  },
  {
    what: 'the VPC',
    missing: missingHints({
      cidr: 'the VPC needs a CIDR such as "192.168.0.0/16"',
      vswitches: 'the VPC needs at least one vSwitch, e.g. [{ "name": "vsw-a", "cidr": "192.168.0.0/24" }]',
    }),
  },
);

const pluginIs = <const P extends (typeof CNI_PLUGINS)[number]>(plugin: P) =>
  v.literal(plugin, (issue) => cniPluginProblem(issue.input));

function cniPluginProblem(plugin: unknown): string {
  if (typeof plugin !== 'string') return stringProblem({ input: plugin } as never);
  return `${quote(plugin)} is not a CNI plugin; use one of ${CNI_PLUGINS.map((p) => `"${p}"`).join(', ')}`;
}

const FLANNEL_CNI = closedObject(
  {
    plugin: pluginIs('flannel'),
    backend: oneOf(
      FLANNEL_BACKENDS,
      (backend) =>
        `${quote(backend)} is not a Flannel backend; use one of ${FLANNEL_BACKENDS.map((b) => `"${b}"`).join(', ')}`,
    ),
  },
  {
    what: 'the CNI',
    missing: missingHints({
      backend: 'name the Flannel backend: "alloc" (VPC routes), "vxlan" or "host-gw"',
    }),
  },
);

const TERWAY_CNI = closedObject(
  {
    plugin: pluginIs('terway'),
    podVswitches: v.optional(
      boundedList(nameText('label'), {
        what: 'pod vSwitches',
        max: MAX_VSWITCHES,
        empty: "is empty; leave the key out to give pods addresses from the nodes' vSwitches",
      }),
    ),
    eni: v.optional(
      closedObject(
        {
          adapters: wholeNumber(1, MAX_ENI_ADAPTERS, `an instance has from 1 to ${MAX_ENI_ADAPTERS} ENIs`),
          ipsPerAdapter: wholeNumber(
            1,
            MAX_IPS_PER_ADAPTER,
            `an ENI carries from 1 to ${MAX_IPS_PER_ADAPTER} private IPs`,
          ),
        },
        {
          what: 'the ENI shape',
          missing: missingHints({
            adapters: 'give the ENIs per node, e.g. 3',
            ipsPerAdapter: 'give the private IPs per ENI, e.g. 10',
          }),
        },
      ),
    ),
  },
  { what: 'the CNI', missing: missingHints({}) },
);

/** `cluster.cni` (DESIGN.md §3.5): which CNI plugin builds the pod network, and how. */
const CNI_VARIANT = v.variant('plugin', [FLANNEL_CNI, TERWAY_CNI], (issue) => {
  const at = issue.path?.at(-1)?.key;
  if (at === 'plugin') {
    return issue.input === undefined
      ? `is missing; name the CNI plugin: ${CNI_PLUGINS.map((p) => `"${p}"`).join(' or ')}`
      : cniPluginProblem(issue.input);
  }
  return `the CNI must be an object, e.g. { "plugin": "flannel", "backend": "vxlan" }, but this is ${kindOf(issue.input)}`;
});
const runVariant = CNI_VARIANT['~run'];
/**
 * The variant, except that a CNI whose plugin could not be read leaves nothing in the draft:
 * valibot hands back the input object itself, which the draft would otherwise edit (readWith).
 */
const CNI: typeof CNI_VARIANT = {
  ...CNI_VARIANT,
  '~run'(dataset, config) {
    const result = runVariant.call(CNI_VARIANT, dataset, config);
    if (!result.issues || result.value !== dataset.value) return result;
    return { typed: false, value: undefined, issues: result.issues } as never;
  },
};

const CLUSTER = closedObject(
  {
    podCidr: cidrBlock(),
    nodeCidrMaskSize: v.optional(
      v.pipe(
        wholeNumber(
          NODE_MASK_MIN,
          NODE_MASK_MAX,
          `the node mask is a prefix length from ${NODE_MASK_MIN} to ${NODE_MASK_MAX} (ACK's console offers 24 to 28; the engine also accepts 16 to 23)`,
        ),
      ),
      DEFAULTS.nodeCidrMaskSize,
    ),
    serviceCidr: v.optional(cidrBlock(), DEFAULTS.serviceCidr),
    ipMasq: v.optional(trueOrFalse(), DEFAULTS.ipMasq),
    // Left out, the engine builds DEFAULTS.cni (flannelBackend in cni.ts); no default here, so a
    // scenario that does not name its CNI reads as it always has.
    cni: v.optional(CNI),
  },
  {
    what: 'the cluster',
    missing: missingHints({ podCidr: 'the cluster needs a pod CIDR such as "172.16.0.0/16"' }),
  },
);

const NODE = closedObject(
  {
    // NOTE: node names are DNS-1123 subdomains (kubernetes pkg/apis/core/validation
    // ValidateNodeName); ACK names nodes REGION.IP, e.g. cn-hangzhou.192.168.0.10.
    name: nameText('subdomain'),
    role: v.optional(
      oneOf(
        ['master', 'worker'],
        (role) => `${quote(role)} is not a role; use "master" or "worker" (the default)`,
      ),
      DEFAULTS.role,
    ),
    ip: v.optional(ipAddress()),
    vswitch: v.optional(text()),
    podCidr: v.optional(cidrBlock()),
  },
  { what: 'a node', missing: missingHints({ name: 'every node needs a name' }) },
  readPlainNode,
);

/**
 * The usual node, read without the schema: a name, maybe a role and a vSwitch, nothing else
 * (an address or a pod CIDR goes through the schema, which checks its text).
 */
function readPlainNode(input: JsonObject) {
  const { name, role, vswitch } = input;
  if (typeof name !== 'string') return undefined;
  if (role !== undefined && role !== 'master' && role !== 'worker') return undefined;
  if (vswitch !== undefined && typeof vswitch !== 'string') return undefined;
  for (const key in input) if (key !== 'name' && key !== 'role' && key !== 'vswitch') return undefined;
  const node: { name: string; role: 'master' | 'worker'; vswitch?: string } = {
    name,
    role: role ?? DEFAULTS.role,
  };
  if (vswitch !== undefined) node.vswitch = vswitch;
  return node;
}

const POD = closedObject(
  {
    name: nameText('subdomain'),
    node: text(),
    containers: v.optional(
      v.pipe(
        boundedList(
          nameText(
            'label',
            (issue) => `a container name must be a string, but this is ${kindOf(issue.input)}`,
          ),
          {
            what: 'containers',
            empty: 'is empty; a pod runs at least one container (leave the key out to get ["app"])',
            notArray: (value) =>
              `must be an array of container names, e.g. ["app"], but this is ${kindOf(value)}`,
          },
        ),
        v.metadata({ uniqueItems: true }),
      ),
      () => [...DEFAULTS.containers],
    ),
    ip: v.optional(ipAddress()),
  },
  {
    what: 'a pod',
    missing: missingHints({
      name: 'every pod needs a name',
      node: 'name the node the pod runs on, e.g. "node-a"',
    }),
  },
  readPlainPod,
);

/**
 * The usual pod, read without the schema (150,000 of them in a large scenario): a name, a node
 * and maybe a non-empty list of container names, nothing else (a pod IP goes through the schema).
 */
function readPlainPod(input: JsonObject) {
  const { name, node, containers } = input;
  if (typeof name !== 'string' || typeof node !== 'string') return undefined;
  for (const key in input) if (key !== 'name' && key !== 'node' && key !== 'containers') return undefined;
  if (containers === undefined) return { name, node, containers: [...DEFAULTS.containers] };
  if (!Array.isArray(containers) || containers.length === 0) return undefined;
  for (let i = 0; i < containers.length; i++) if (typeof containers[i] !== 'string') return undefined;
  return { name, node, containers: containers.slice() as string[] };
}

const EXTERNAL = closedObject(
  { name: nameText('label'), ip: ipAddress() },
  {
    what: 'an external endpoint',
    missing: missingHints({
      name: 'every external needs a name',
      ip: 'an external endpoint needs an IPv4 address, e.g. "203.0.113.10"',
    }),
  },
);

const FAULT = closedObject(
  {
    kind: oneOf(
      FAULT_KINDS,
      (kind) => `${quote(kind)} is not a fault kind; use one of ${FAULT_KINDS.join(', ')}`,
    ),
    node: text(),
  },
  {
    what: 'a fault',
    missing: missingHints({
      kind: `a fault needs a kind: ${FAULT_KINDS.join(', ')}`,
      node: 'a fault needs the node it breaks',
    }),
  },
);

/** The scenario file (parse.ts reads it with `readWith`, then runs the passes). */
export const SCENARIO_FILE = closedObject(
  {
    // `$schema` lets an author point an editor at scenario.schema.json; the engine ignores it.
    $schema: v.optional(textUpTo(2000)),
    title: v.optional(
      v.pipe(
        textUpTo(MAX_TITLE_LENGTH),
        v.check(
          (title) => titleProblem(title) === undefined,
          (issue) => titleProblem(issue.input as string) ?? '',
        ),
        // For the JSON Schema only: titleProblem is the authority.
        v.metadata({ pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f]*$' }),
      ),
      DEFAULTS.title,
    ),
    vpc: VPC,
    cluster: CLUSTER,
    nodes: boundedList(NODE, {
      what: 'nodes',
      max: MAX_NODES,
      empty: 'is empty; a cluster needs at least one node',
    }),
    pods: v.optional(boundedList(POD, { what: 'pods', max: MAX_PODS }), []),
    externals: v.optional(boundedList(EXTERNAL, { what: 'externals', max: MAX_EXTERNALS }), []),
    faults: v.optional(boundedList(FAULT, { what: 'faults', max: MAX_FAULTS }), []),
    // Optional and without a default: a scenario without Services stays exactly as it was.
    services: v.optional(SERVICES),
  },
  {
    what: 'a scenario',
    missing: missingHints({
      vpc: 'describe the VPC, e.g. { "cidr": "192.168.0.0/16", "vswitches": [ … ] }',
      cluster: 'describe the cluster network, e.g. { "podCidr": "172.16.0.0/16" }',
      nodes: 'list the ECS nodes in registration order, e.g. [{ "name": "node-a" }]',
    }),
  },
);

/** A scenario file as read, with the documented defaults applied (node addresses come later). */
export type ScenarioFile = v.InferOutput<typeof SCENARIO_FILE>;
