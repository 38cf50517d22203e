/**
 * A JSON Schema (draft 2020-12) of the scenario file (DESIGN.md §3.1), shipped in the build as
 * `scenario.schema.json` for authors' editors and docs CI. Its limits, enums and defaults are
 * the validator's own constants. The validator stays the authority: it also checks what a
 * schema cannot, such as overlapping ranges, host bits, and names that refer to each other.
 */
import {
  MAX_CUSTOM_ROUTES,
  MAX_EXTERNALS,
  MAX_FAULTS,
  MAX_NODES,
  MAX_PODS,
  MAX_ROUTE_QUOTA,
  MAX_TITLE_LENGTH,
  MAX_VSWITCHES,
  NODE_MASK_MAX,
  NODE_MASK_MIN,
  VSWITCH_MAX_PREFIX,
  VSWITCH_MIN_PREFIX,
} from './limits.ts';
import { DEFAULTS, FAULT_KINDS } from './types.ts';

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;
// NOTE: k8s.io/apimachinery/pkg/util/validation, as names.ts: DNS-1123 labels and subdomains.
const LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';

const ip = (description: string) => ({ type: 'string', pattern: `^${IPV4}$`, description });
const cidr = (description: string) => ({
  type: 'string',
  pattern: `^${IPV4}/(3[0-2]|[12]?[0-9])$`,
  description: `${description} In network form: no host bits set.`,
});
const label = (description: string) => ({
  type: 'string',
  pattern: `^${LABEL}$`,
  maxLength: 63,
  description,
});
const object = <P extends Record<string, unknown>>(required: readonly string[], properties: P) => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties,
});

export const SCENARIO_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'PodPath scenario',
  description:
    'A cluster for PodPath: an Alibaba Cloud VPC, an ACK cluster with Flannel in VPC-route mode, its nodes in registration order, and pods. Check a file with `npm run --silent cli -- validate FILE`.',
  ...object(['vpc', 'cluster', 'nodes'], {
    $schema: { type: 'string', description: 'Where this file says its schema is; ignored by PodPath.' },
    title: { type: 'string', maxLength: MAX_TITLE_LENGTH, pattern: '^[^\\u0000-\\u001f\\u007f]*$' },
    vpc: object(['cidr', 'vswitches'], {
      cidr: cidr('The VPC CIDR, inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.'),
      vswitches: {
        type: 'array',
        minItems: 1,
        maxItems: MAX_VSWITCHES,
        items: object(['name', 'cidr'], {
          name: label('The vSwitch name.'),
          cidr: cidr(
            `Inside the VPC, mask /${VSWITCH_MIN_PREFIX} to /${VSWITCH_MAX_PREFIX}, not overlapping another.`,
          ),
        }),
      },
      routeQuota: {
        type: 'integer',
        minimum: 1,
        maximum: MAX_ROUTE_QUOTA,
        default: DEFAULTS.routeQuota,
        description: 'Custom route entries the VPC route table may hold: one per node, plus customRoutes.',
      },
      natGateway: object(['eip'], { eip: ip('The NAT gateway EIP, outside the VPC.') }),
      customRoutes: {
        type: 'array',
        maxItems: MAX_CUSTOM_ROUTES,
        items: object(['destination', 'nextHop'], {
          destination: cidr('The destination.'),
          nextHop: {
            type: 'string',
            pattern: '^(nat-gateway|instance:.+)$',
            description: '"nat-gateway" or "instance:NODE".',
          },
        }),
      },
    }),
    cluster: object(['podCidr'], {
      podCidr: cidr('The cluster CIDR that node pod CIDRs are cut from.'),
      nodeCidrMaskSize: {
        type: 'integer',
        minimum: NODE_MASK_MIN,
        maximum: NODE_MASK_MAX,
        default: DEFAULTS.nodeCidrMaskSize,
        description: 'The prefix length of each node pod CIDR (--node-cidr-mask-size).',
      },
      serviceCidr: { ...cidr('The service CIDR.'), default: DEFAULTS.serviceCidr },
      ipMasq: { type: 'boolean', default: DEFAULTS.ipMasq, description: 'flanneld --ip-masq.' },
    }),
    nodes: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_NODES,
      description: 'ECS nodes in registration order, which decides their pod CIDRs.',
      items: object(['name'], {
        name: {
          type: 'string',
          pattern: `^${LABEL}(\\.${LABEL})*$`,
          maxLength: 253,
          description: 'The node name, e.g. node-a or cn-hangzhou.192.168.0.10 as ACK names them.',
        },
        role: { enum: ['master', 'worker'], default: DEFAULTS.role },
        ip: ip('eth0 address; default: the next free address of its vSwitch.'),
        vswitch: { type: 'string', description: 'A vSwitch name; default: the first.' },
        podCidr: cidr(
          'The pod CIDR the node already has (an imported cluster): a block of cluster.podCidr of the node mask size; default: the next free block.',
        ),
      }),
    },
    pods: {
      type: 'array',
      maxItems: MAX_PODS,
      items: object(['name', 'node'], {
        name: {
          type: 'string',
          pattern: `^${LABEL}(\\.${LABEL})*$`,
          maxLength: 253,
          description: 'The pod name.',
        },
        node: { type: 'string', description: 'The node it runs on.' },
        containers: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: label('A container name.'),
          default: [...DEFAULTS.containers],
        },
        ip: ip(
          "The pod IP it already has (an imported cluster), inside its node's pod CIDR; default: host-local's next.",
        ),
      }),
    },
    externals: {
      type: 'array',
      maxItems: MAX_EXTERNALS,
      items: object(['name', 'ip'], { name: label('The endpoint name.'), ip: ip('A public address.') }),
    },
    faults: {
      type: 'array',
      maxItems: MAX_FAULTS,
      items: object(['kind', 'node'], {
        kind: { enum: [...FAULT_KINDS] },
        node: { type: 'string', description: 'The node it breaks.' },
      }),
    },
  }),
} as const;
