/**
 * The JSON Schema (draft 2020-12) of the scenario file, shipped in the build as
 * `scenario.schema.json` for authors' editors and docs CI. Its structure, limits, enums and
 * defaults come from the file's description (schema.ts); only the prose for readers is added
 * here, so that the app's bundle carries neither the prose nor the converter.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { VSWITCH_MAX_PREFIX, VSWITCH_MIN_PREFIX } from './limits.ts';
import { SCENARIO_FILE } from './schema.ts';

/** A JSON Schema value, loosely typed for reading. */
export interface JsonSchemaNode {
  readonly [key: string]: unknown;
}

const NETWORK_FORM = 'In network form: no host bits set.';

/** Descriptions by field: `vpc.vswitches[].cidr` (`[]` for the items of a list). */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  '': 'A cluster for PodPath: an Alibaba Cloud VPC, an ACK cluster with Flannel in VPC-route mode, its nodes in registration order, and pods. Check a file with `npm run --silent cli -- validate FILE`.',
  $schema: 'Where this file says its schema is; ignored by PodPath.',
  'vpc.cidr': `The VPC CIDR, inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. ${NETWORK_FORM}`,
  'vpc.vswitches[].name': 'The vSwitch name.',
  'vpc.vswitches[].cidr': `Inside the VPC, mask /${VSWITCH_MIN_PREFIX} to /${VSWITCH_MAX_PREFIX}, not overlapping another. ${NETWORK_FORM}`,
  'vpc.routeQuota': 'Custom route entries the VPC route table may hold: one per node, plus customRoutes.',
  'vpc.natGateway.eip': 'The NAT gateway EIP, outside the VPC.',
  'vpc.customRoutes[].destination': `The destination. ${NETWORK_FORM}`,
  'vpc.customRoutes[].nextHop': '"nat-gateway" or "instance:NODE".',
  'cluster.podCidr': `The cluster CIDR that node pod CIDRs are cut from. ${NETWORK_FORM}`,
  'cluster.nodeCidrMaskSize': 'The prefix length of each node pod CIDR (--node-cidr-mask-size).',
  'cluster.serviceCidr': `The service CIDR. ${NETWORK_FORM}`,
  'cluster.ipMasq': 'flanneld --ip-masq.',
  'cluster.cni':
    'The CNI plugin and, for Flannel, its backend: "alloc" (VPC routes written by the cloud controller manager, the default; "ali-vpc" is read as "alloc"), "vxlan" (an overlay: flannel.1, VNI 1, UDP 8472) or "host-gw" (routes via the other nodes, which a VPC does not forward).',
  nodes: 'ECS nodes in registration order, which decides their pod CIDRs.',
  'nodes[].name': 'The node name, e.g. node-a or cn-hangzhou.192.168.0.10 as ACK names them.',
  'nodes[].ip': 'eth0 address; default: the next free address of its vSwitch.',
  'nodes[].vswitch': 'A vSwitch name; default: the first.',
  'nodes[].podCidr': `The pod CIDR the node already has (an imported cluster): a block of cluster.podCidr of the node mask size; default: the next free block. ${NETWORK_FORM}`,
  'pods[].name': 'The pod name.',
  'pods[].node': 'The node it runs on.',
  'pods[].containers[]': 'A container name.',
  'pods[].ip':
    "The pod IP it already has (an imported cluster), inside its node's pod CIDR; default: host-local's next.",
  'externals[].name': 'The endpoint name.',
  'externals[].ip': 'A public address.',
  'faults[].node': 'The node it breaks.',
  services: 'Services (ClusterIP or NodePort) that kube-proxy implements with iptables on every node.',
  'services[].name': 'The Service name.',
  'services[].namespace': 'Its namespace; default: default.',
  'services[].type': '"ClusterIP" (default) or "NodePort".',
  'services[].clusterIp':
    'Its cluster IP, inside cluster.serviceCidr; default: allocated as kube-apiserver does.',
  'services[].ports[].name': 'The port name; required when the Service has several ports.',
  'services[].ports[].port': 'The port the cluster IP listens on.',
  'services[].ports[].targetPort': "The pods' port the packets are DNATed to.",
  'services[].ports[].protocol': '"TCP" (default) or "UDP".',
  'services[].ports[].nodePort': 'For NodePort Services: 30000-32767; default: allocated.',
  'services[].endpoints[]': 'A pod behind the Service (its EndpointSlice lists it once it runs).',
};

/** The schema node of a field path; throws when the schema has no such field. */
function nodeAt(schema: JsonSchemaNode, field: string): Record<string, unknown> {
  let node = schema as Record<string, unknown>;
  for (const step of field.match(/[^.[\]]+|\[\]/g) ?? []) {
    const next =
      step === '[]' ? node.items : (node.properties as Record<string, unknown> | undefined)?.[step];
    if (typeof next !== 'object' || next === null)
      throw new Error(`the scenario schema has no field ${field}`);
    node = next as Record<string, unknown>;
  }
  return node;
}

/** The JSON Schema of the scenario file, with its title and descriptions. */
export function scenarioJsonSchema(): JsonSchemaNode {
  const schema = toJsonSchema(SCENARIO_FILE, {
    target: 'draft-2020-12',
    // `check` actions run the engine's own parsers; their metadata gives the JSON Schema pattern.
    ignoreActions: ['check'],
  }) as JsonSchemaNode;
  const root = nodeAt(schema, '');
  root.title = 'PodPath scenario';
  for (const [field, description] of Object.entries(DESCRIPTIONS))
    nodeAt(schema, field).description = description;
  return schema;
}
