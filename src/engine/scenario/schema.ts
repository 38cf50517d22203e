/**
 * The scenario file (DESIGN.md §3.1), described once. From this description come the file's
 * TypeScript type (`ScenarioFile`, defaults applied), its structural problems with their paths and
 * sentences, and the JSON Schema of `scenario.schema.json` (json-schema.ts, which adds the prose).
 * What a schema cannot say (host bits, overlaps, names that refer to each other, quotas) is
 * checked by the passes in validate-*.ts.
 */
import * as v from 'valibot';
import { fileShape } from '../messages/en/fileShape.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
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
  type Issue,
  type JsonObject,
  kindText,
  missingHints,
  oneOf,
  quote,
  said,
  stringProblem,
  text,
  textUpTo,
  trueOrFalse,
  wholeNumber,
} from './read-json.ts';
import { SERVICES } from './service-schema.ts';
import { titleProblem } from './title-text.ts';

export { CNI_PLUGINS, DEFAULTS, FAULT_KINDS, FLANNEL_BACKENDS };

const say = (id: keyof typeof fileShape, params?: MessageParams): Message => message(fileShape, id, params);
const quoted = (options: readonly string[]) => options.map((o) => `"${o}"`).join(', ');

const VSWITCH = closedObject(
  {
    name: nameText('label'),
    cidr: cidrBlock(),
  },
  {
    what: say('aVswitch'),
    missing: missingHints({ name: say('vswitchNameNeeded'), cidr: say('vswitchCidr') }),
  },
);

const CUSTOM_ROUTE = closedObject(
  {
    destination: cidrBlock(),
    nextHop: v.pipe(
      text(),
      v.check(
        (hop) => hop === 'nat-gateway' || hop.startsWith('instance:'),
        (issue) => said(issue, say('notNextHop', { hop: quote(issue.input as string) })),
      ),
      v.metadata({ pattern: '^(nat-gateway|instance:.+)$' }),
    ),
  },
  {
    what: say('aCustomRoute'),
    missing: missingHints({ destination: say('routeDestination'), nextHop: say('routeNextHop') }),
  },
);

const VPC = closedObject(
  {
    cidr: cidrBlock(),
    vswitches: boundedList(VSWITCH, {
      what: say('vswitches'),
      max: MAX_VSWITCHES,
      empty: say('noVswitches'),
    }),
    routeQuota: v.optional(
      v.pipe(wholeNumber(1, MAX_ROUTE_QUOTA, say('routeQuotaRange', { max: MAX_ROUTE_QUOTA }))),
      DEFAULTS.routeQuota,
    ),
    natGateway: v.optional(
      closedObject(
        {
          eip: ipAddress(),
          // Which vSwitches have an SNAT entry (CreateSnatEntry names one vSwitch per entry); all by default.
          snat: v.optional(
            boundedList(nameText('label'), {
              what: say('snatVswitches'),
              max: MAX_VSWITCHES,
              empty: say('snatListEmpty'),
            }),
          ),
        },
        {
          what: say('theNatGateway'),
          missing: missingHints({ eip: say('natEip') }),
        },
      ),
    ),
    customRoutes: v.optional(
      boundedList(CUSTOM_ROUTE, { what: say('customRoutes'), max: MAX_CUSTOM_ROUTES }),
      [],
    ),
  },
  {
    what: say('theVpc'),
    missing: missingHints({
      cidr: say('vpcCidr'),
      vswitches: say('vpcVswitches', { example: '[{ "name": "vsw-a", "cidr": "192.168.0.0/24" }]' }),
    }),
  },
);

const pluginIs = <const P extends (typeof CNI_PLUGINS)[number]>(plugin: P) =>
  v.literal(plugin, (issue) => cniPluginProblem(issue));

function cniPluginProblem(issue: Issue): string {
  const plugin = issue.input;
  if (typeof plugin !== 'string') return stringProblem(issue);
  return said(issue, say('notCniPlugin', { plugin: quote(plugin), options: quoted(CNI_PLUGINS) }));
}

const FLANNEL_CNI = closedObject(
  {
    plugin: pluginIs('flannel'),
    backend: oneOf(FLANNEL_BACKENDS, (backend) =>
      say('notFlannelBackend', { backend: quote(backend), options: quoted(FLANNEL_BACKENDS) }),
    ),
  },
  {
    what: say('theCni'),
    missing: missingHints({ backend: say('flannelBackend') }),
  },
);

const TERWAY_CNI = closedObject(
  {
    plugin: pluginIs('terway'),
    podVswitches: v.optional(
      boundedList(nameText('label'), {
        what: say('podVswitches'),
        max: MAX_VSWITCHES,
        empty: say('noPodVswitches'),
      }),
    ),
    eni: v.optional(
      closedObject(
        {
          adapters: wholeNumber(1, MAX_ENI_ADAPTERS, say('adaptersRange', { max: MAX_ENI_ADAPTERS })),
          ipsPerAdapter: wholeNumber(1, MAX_IPS_PER_ADAPTER, say('ipsRange', { max: MAX_IPS_PER_ADAPTER })),
        },
        {
          what: say('theEniShape'),
          missing: missingHints({ adapters: say('eniAdapters'), ipsPerAdapter: say('eniIps') }),
        },
      ),
    ),
  },
  { what: say('theCni'), missing: missingHints({}) },
);

/** `cluster.cni` (DESIGN.md §3.5): which CNI plugin builds the pod network, and how. */
const CNI_VARIANT = v.variant('plugin', [FLANNEL_CNI, TERWAY_CNI], (issue) => {
  const at = issue.path?.at(-1)?.key;
  if (at === 'plugin') {
    return issue.input === undefined
      ? said(issue, say('cniPluginMissing', { first: CNI_PLUGINS[0], second: CNI_PLUGINS[1] }))
      : cniPluginProblem(issue);
  }
  return said(
    issue,
    say('cniNotObject', {
      example: '{ "plugin": "flannel", "backend": "vxlan" }',
      kind: kindText(issue.input),
    }),
  );
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
          say('nodeMaskRange', { min: NODE_MASK_MIN, max: NODE_MASK_MAX }),
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
    what: say('theCluster'),
    missing: missingHints({ podCidr: say('clusterPodCidr') }),
  },
);

const NODE = closedObject(
  {
    // NOTE: node names are DNS-1123 subdomains (kubernetes pkg/apis/core/validation
    // ValidateNodeName); ACK names nodes REGION.IP, e.g. cn-hangzhou.192.168.0.10.
    name: nameText('subdomain'),
    role: v.optional(
      oneOf(['master', 'worker'], (role) => say('notRole', { role: quote(role) })),
      DEFAULTS.role,
    ),
    ip: v.optional(ipAddress()),
    vswitch: v.optional(text()),
    podCidr: v.optional(cidrBlock()),
  },
  { what: say('aNode'), missing: missingHints({ name: say('nodeNameNeeded') }) },
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
          nameText('label', (issue) =>
            said(issue, say('containerNotString', { kind: kindText(issue.input) })),
          ),
          {
            what: say('containers'),
            empty: say('noContainers'),
            notArray: (value) => say('containersNotArray', { kind: kindText(value) }),
          },
        ),
        v.metadata({ uniqueItems: true }),
      ),
      () => [...DEFAULTS.containers],
    ),
    ip: v.optional(ipAddress()),
  },
  {
    what: say('aPod'),
    missing: missingHints({ name: say('podNameNeeded'), node: say('podNode') }),
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
    what: say('anExternal'),
    missing: missingHints({ name: say('externalNameNeeded'), ip: say('externalIp') }),
  },
);

const FAULT = closedObject(
  {
    kind: oneOf(FAULT_KINDS, (kind) =>
      say('notFaultKind', { kind: quote(kind), options: FAULT_KINDS.join(', ') }),
    ),
    node: text(),
  },
  {
    what: say('aFault'),
    missing: missingHints({
      kind: say('faultKind', { options: FAULT_KINDS.join(', ') }),
      node: say('faultNode'),
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
          (issue) => said(issue, titleProblem(issue.input as string) ?? ''),
        ),
        // For the JSON Schema only: titleProblem is the authority.
        v.metadata({ pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f]*$' }),
      ),
      DEFAULTS.title,
    ),
    vpc: VPC,
    cluster: CLUSTER,
    nodes: boundedList(NODE, {
      what: say('nodes'),
      max: MAX_NODES,
      empty: say('noNodes'),
    }),
    pods: v.optional(boundedList(POD, { what: say('pods'), max: MAX_PODS }), []),
    externals: v.optional(boundedList(EXTERNAL, { what: say('externals'), max: MAX_EXTERNALS }), []),
    faults: v.optional(boundedList(FAULT, { what: say('faults'), max: MAX_FAULTS }), []),
    // Optional and without a default: a scenario without Services stays exactly as it was.
    services: v.optional(SERVICES),
  },
  {
    what: say('aScenario'),
    missing: missingHints({
      vpc: say('describeVpc', { example: '{ "cidr": "192.168.0.0/16", "vswitches": [ … ] }' }),
      cluster: say('describeCluster', { example: '{ "podCidr": "172.16.0.0/16" }' }),
      nodes: say('listNodes', { example: '[{ "name": "node-a" }]' }),
    }),
  },
);

/** A scenario file as read, with the documented defaults applied (node addresses come later). */
export type ScenarioFile = v.InferOutput<typeof SCENARIO_FILE>;
