/**
 * Bad scenarios as data: each must be refused with at least one problem at every path in
 * `expectPaths`. Most are the valid `BASE` with one edit; the rest are raw text or values.
 */

export interface BadCase {
  readonly name: string;
  readonly input: unknown;
  readonly expectPaths: readonly string[];
}

/** A valid scenario (the article's, trimmed) that the edits start from. */
export const BASE = {
  title: 'base',
  vpc: {
    cidr: '192.168.0.0/16',
    vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }],
    natGateway: { eip: '198.51.100.20' },
    customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
  },
  cluster: { podCidr: '172.16.0.0/16', nodeCidrMaskSize: 25, serviceCidr: '172.19.0.0/20' },
  nodes: [{ name: 'master-1', role: 'master' }, { name: 'node-a' }, { name: 'node-b', ip: '192.168.0.20' }],
  pods: [
    { name: 'web-1', node: 'node-a', containers: ['nginx', 'log-agent'] },
    { name: 'api-1', node: 'node-b', containers: ['api'] },
  ],
  externals: [{ name: 'internet', ip: '203.0.113.10' }],
  faults: [{ kind: 'flanneld-down', node: 'node-b' }],
};

/**
 * A copy of BASE with edits applied. Keys are dotted paths (`nodes.1.ip`); `undefined` deletes.
 * The last step uses defineProperty so that keys like "__proto__" become own properties, exactly
 * as JSON.parse makes them.
 */
export function edit(changes: Readonly<Record<string, unknown>>): unknown {
  const doc: unknown = JSON.parse(JSON.stringify(BASE));
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let target = doc as Record<string, unknown>;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    if (value === undefined) delete target[last];
    else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });
  }
  return doc;
}

const bad = (name: string, input: unknown, ...expectPaths: string[]): BadCase => ({
  name,
  input,
  expectPaths,
});
const long = (n: number, ch = 'x') => ch.repeat(n);
const manyNodes = Array.from({ length: 5001 }, (_, i) => ({ name: `n-${i}` }));
const manyPods = Array.from({ length: 150_001 }, (_, i) => ({ name: `p-${i}`, node: 'node-a' }));

export const BAD_CORPUS: readonly BadCase[] = [
  // Broken JSON and wrong roots
  bad('JSON with a trailing comma', '{"vpc": {},}', '(root)'),
  bad('truncated JSON', '{"vpc": {"cidr": "192.168.0.0/16"', '(root)'),
  bad('empty text', '', '(root)'),
  bad('single-quoted JSON', "{'vpc': 1}", '(root)'),
  bad('JSON null', 'null', '(root)'),
  bad('JSON array', '[1, 2]', '(root)'),
  bad('a bare number value', 42, '(root)'),
  bad('undefined', undefined, '(root)'),
  bad('deeply nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, '(root)'),
  // Wrong types
  bad('vpc is a string', edit({ vpc: '192.168.0.0/16' }), 'vpc'),
  bad('vpc.cidr is a number', edit({ 'vpc.cidr': 192168 }), 'vpc.cidr'),
  bad('vswitches is an object', edit({ 'vpc.vswitches': { name: 'vsw-a' } }), 'vpc.vswitches'),
  bad('routeQuota is a string', edit({ 'vpc.routeQuota': '200' }), 'vpc.routeQuota'),
  bad('node mask is a string', edit({ 'cluster.nodeCidrMaskSize': '25' }), 'cluster.nodeCidrMaskSize'),
  bad('ipMasq is "yes"', edit({ 'cluster.ipMasq': 'yes' }), 'cluster.ipMasq'),
  bad('cni is a string', edit({ 'cluster.cni': 'vxlan' }), 'cluster.cni'),
  bad('cni is an array', edit({ 'cluster.cni': [] }), 'cluster.cni.plugin'),
  bad('cni without a plugin', edit({ 'cluster.cni': { backend: 'vxlan' } }), 'cluster.cni.plugin'),
  bad('cni plugin unknown', edit({ 'cluster.cni': { plugin: 'calico' } }), 'cluster.cni.plugin'),
  bad('cni plugin a number', edit({ 'cluster.cni': { plugin: 1 } }), 'cluster.cni.plugin'),
  bad(
    'flannel backend unknown',
    edit({ 'cluster.cni': { plugin: 'flannel', backend: 'udp' } }),
    'cluster.cni.backend',
  ),
  bad('flannel backend missing', edit({ 'cluster.cni': { plugin: 'flannel' } }), 'cluster.cni.backend'),
  bad(
    'flannel backend in capitals',
    edit({ 'cluster.cni': { plugin: 'flannel', backend: 'VXLAN' } }),
    'cluster.cni.backend',
  ),
  bad(
    'a key flannel does not have',
    edit({ 'cluster.cni': { plugin: 'flannel', backend: 'vxlan', VNI: 2 } }),
    'cluster.cni.VNI',
  ),
  bad(
    'terway pod vSwitch not in the VPC',
    edit({ 'cluster.cni': { plugin: 'terway', podVswitches: ['vsw-pods'] } }),
    'cluster.cni.podVswitches[0]',
  ),
  bad(
    'terway ENIs out of range',
    edit({ 'cluster.cni': { plugin: 'terway', eni: { adapters: 0, ipsPerAdapter: 10 } } }),
    'cluster.cni.eni.adapters',
  ),
  bad('nodes is an object', edit({ nodes: { 'node-a': {} } }), 'nodes'),
  bad('a node is a string', edit({ 'nodes.0': 'master-1' }), 'nodes[0]'),
  bad('containers is a string', edit({ 'pods.0.containers': 'nginx' }), 'pods[0].containers'),
  bad('title is a number', edit({ title: 7 }), 'title'),
  bad('externals is null', edit({ externals: null }), 'externals'),
  bad('faults is an object', edit({ faults: { kind: 'cni0-down' } }), 'faults'),
  // Unknown keys
  bad('unknown key in vpc', edit({ 'vpc.foo': 1 }), 'vpc.foo'),
  bad('cluster key at the root', edit({ podCidr: '172.16.0.0/16' }), 'podCidr'),
  bad(
    'podCIDR spelled with capitals',
    edit({ 'cluster.podCidr': undefined, 'cluster.podCIDR': '172.16.0.0/16' }),
    'cluster.podCIDR',
    'cluster.podCidr',
  ),
  bad('unknown key in a node', edit({ 'nodes.1.address': '192.168.0.9' }), 'nodes[1].address'),
  bad('__proto__ at the root', edit({ ['__proto__']: { polluted: true } }), '__proto__'),
  bad(
    '__proto__ in vpc (JSON text)',
    JSON.stringify(BASE).replace('"vpc":{', '"vpc":{"__proto__":{"isAdmin":true},'),
    'vpc.__proto__',
  ),
  bad(
    'constructor key in a node',
    edit({ 'nodes.0.constructor': { prototype: {} } }),
    'nodes[0].constructor',
  ),
  bad('a 10,000-character key', edit({ [`vpc.${long(10_000)}`]: 1 }), `vpc["${long(40)}…"]`),
  bad('a key with a NUL', edit({ 'cluster.a\u0000b': 1 }), 'cluster["a\\u0000b"]'),
  // Missing fields
  bad('no vpc', edit({ vpc: undefined }), 'vpc'),
  bad('no cluster', edit({ cluster: undefined }), 'cluster'),
  bad('no nodes', edit({ nodes: undefined }), 'nodes'),
  bad('no pod CIDR', edit({ 'cluster.podCidr': undefined }), 'cluster.podCidr'),
  bad('vSwitch without CIDR', edit({ 'vpc.vswitches.0.cidr': undefined }), 'vpc.vswitches[0].cidr'),
  bad('pod without node', edit({ 'pods.0.node': undefined }), 'pods[0].node'),
  bad('node without name', edit({ 'nodes.1.name': undefined }), 'nodes[1].name'),
  // Bad addresses and CIDRs
  bad('VPC CIDR without prefix', edit({ 'vpc.cidr': '192.168.0.0' }), 'vpc.cidr'),
  bad('pod CIDR with host bits', edit({ 'cluster.podCidr': '172.16.8.1/25' }), 'cluster.podCidr'),
  bad('prefix /33', edit({ 'vpc.cidr': '192.168.0.0/33' }), 'vpc.cidr'),
  bad('octet 256', edit({ 'nodes.1.ip': '192.168.0.256' }), 'nodes[1].ip'),
  bad('octet with leading zeros', edit({ 'nodes.1.ip': '192.168.000.10' }), 'nodes[1].ip'),
  bad('public VPC CIDR', edit({ 'vpc.cidr': '8.8.0.0/16' }), 'vpc.cidr'),
  bad('VPC CIDR 0.0.0.0/0', edit({ 'vpc.cidr': '0.0.0.0/0' }), 'vpc.cidr'),
  bad('vSwitch outside the VPC', edit({ 'vpc.vswitches.0.cidr': '10.0.0.0/24' }), 'vpc.vswitches[0].cidr'),
  bad(
    'overlapping vSwitches',
    edit({ 'vpc.vswitches.1': { name: 'vsw-b', cidr: '192.168.0.128/25' } }),
    'vpc.vswitches[1].cidr',
  ),
  bad('vSwitch /30', edit({ 'vpc.vswitches.0.cidr': '192.168.0.0/30' }), 'vpc.vswitches[0].cidr'),
  bad('empty vSwitch list', edit({ 'vpc.vswitches': [] }), 'vpc.vswitches'),
  bad('pod CIDR overlaps the VPC', edit({ 'cluster.podCidr': '192.168.128.0/17' }), 'cluster.podCidr'),
  bad(
    'pod CIDR overlaps the service CIDR',
    edit({ 'cluster.serviceCidr': '172.16.4.0/22' }),
    'cluster.podCidr',
  ),
  bad(
    'service CIDR overlaps the VPC',
    edit({ 'cluster.serviceCidr': '192.168.10.0/24' }),
    'cluster.serviceCidr',
  ),
  bad('cluster mask longer than node mask', edit({ 'cluster.podCidr': '172.16.0.0/26' }), 'cluster.podCidr'),
  bad('node mask /30', edit({ 'cluster.nodeCidrMaskSize': 30 }), 'cluster.nodeCidrMaskSize'),
  bad('node mask 24.5', edit({ 'cluster.nodeCidrMaskSize': 24.5 }), 'cluster.nodeCidrMaskSize'),
  bad('node mask 1e308', edit({ 'cluster.nodeCidrMaskSize': 1e308 }), 'cluster.nodeCidrMaskSize'),
  bad('route quota 0', edit({ 'vpc.routeQuota': 0 }), 'vpc.routeQuota'),
  bad('route quota -5', edit({ 'vpc.routeQuota': -5 }), 'vpc.routeQuota'),
  bad('route quota 1e21', edit({ 'vpc.routeQuota': 1e21 }), 'vpc.routeQuota'),
  bad('EIP inside the VPC', edit({ 'vpc.natGateway.eip': '192.168.5.5' }), 'vpc.natGateway.eip'),
  // Nodes
  bad('node ip outside its vSwitch', edit({ 'nodes.1.ip': '192.168.1.10' }), 'nodes[1].ip'),
  bad('node ip on the vSwitch gateway', edit({ 'nodes.1.ip': '192.168.0.253' }), 'nodes[1].ip'),
  bad('node ip on the network address', edit({ 'nodes.1.ip': '192.168.0.0' }), 'nodes[1].ip'),
  bad('duplicate node ip', edit({ 'nodes.1.ip': '192.168.0.20' }), 'nodes[2].ip'),
  bad('unknown vSwitch', edit({ 'nodes.1.vswitch': 'vsw-z' }), 'nodes[1].vswitch'),
  bad('duplicate node name', edit({ 'nodes.2.name': 'node-a' }), 'nodes[2].name'),
  bad('node name with capitals', edit({ 'nodes.1.name': 'Node_A' }), 'nodes[1].name'),
  bad('role "boss"', edit({ 'nodes.0.role': 'boss' }), 'nodes[0].role'),
  bad('no node at all', edit({ nodes: [], pods: [], faults: [] }), 'nodes'),
  bad(
    'vSwitch full',
    edit({
      'vpc.vswitches.0.cidr': '192.168.0.0/29',
      'nodes.2.ip': undefined,
      'nodes.3': { name: 'node-c' },
      'nodes.4': { name: 'node-d' },
    }),
    'nodes[4].ip',
  ),
  bad('5,001 nodes', edit({ nodes: manyNodes }), 'nodes'),
  // Pods
  bad('pod on an unknown node', edit({ 'pods.1.node': 'node-z' }), 'pods[1].node'),
  bad('duplicate pod name', edit({ 'pods.1.name': 'web-1' }), 'pods[1].name'),
  bad('no containers', edit({ 'pods.0.containers': [] }), 'pods[0].containers'),
  bad('duplicate container', edit({ 'pods.0.containers': ['nginx', 'nginx'] }), 'pods[0].containers[1]'),
  bad('container name is a number', edit({ 'pods.0.containers': [1] }), 'pods[0].containers[0]'),
  bad('pod name with underscore', edit({ 'pods.0.name': 'web_1' }), 'pods[0].name'),
  bad('pod name of 254 characters', edit({ 'pods.0.name': long(254, 'a') }), 'pods[0].name'),
  bad('150,001 pods', edit({ pods: manyPods }), 'pods'),
  // Externals
  bad('external inside the VPC', edit({ 'externals.0.ip': '192.168.9.9' }), 'externals[0].ip'),
  bad('external inside the pod CIDR', edit({ 'externals.0.ip': '172.16.3.3' }), 'externals[0].ip'),
  bad('external with a CIDR', edit({ 'externals.0.ip': '203.0.113.0/24' }), 'externals[0].ip'),
  bad(
    'duplicate external name',
    edit({ 'externals.1': { name: 'internet', ip: '203.0.113.11' } }),
    'externals[1].name',
  ),
  // Custom routes
  bad(
    'NAT route without a NAT gateway',
    edit({ 'vpc.natGateway': undefined }),
    'vpc.customRoutes[0].nextHop',
  ),
  bad(
    'route destination with host bits',
    edit({ 'vpc.customRoutes.0.destination': '10.1.1.1/8' }),
    'vpc.customRoutes[0].destination',
  ),
  bad(
    'route inside a vSwitch',
    edit({ 'vpc.customRoutes.0.destination': '192.168.0.128/25' }),
    'vpc.customRoutes[0].destination',
  ),
  bad(
    'route into 100.64.0.0/10',
    edit({ 'vpc.customRoutes.0.destination': '100.100.0.0/16' }),
    'vpc.customRoutes[0].destination',
  ),
  bad(
    'route to an unknown instance',
    edit({ 'vpc.customRoutes.0.nextHop': 'instance:ghost' }),
    'vpc.customRoutes[0].nextHop',
  ),
  bad('route to "gateway"', edit({ 'vpc.customRoutes.0.nextHop': 'gateway' }), 'vpc.customRoutes[0].nextHop'),
  bad(
    'more custom routes than the quota',
    edit({
      'vpc.routeQuota': 1,
      'vpc.customRoutes.1': { destination: '10.0.0.0/8', nextHop: 'instance:node-a' },
    }),
    'vpc.customRoutes',
  ),
  bad('external inside the service CIDR', edit({ 'externals.0.ip': '172.19.0.10' }), 'externals[0].ip'),
  bad(
    'route onto a node block',
    edit({ 'vpc.customRoutes.1': { destination: '172.16.0.128/25', nextHop: 'instance:node-b' } }),
    'vpc.customRoutes[1].destination',
  ),
  // Faults
  bad('unknown fault kind', edit({ 'faults.0.kind': 'cable-cut' }), 'faults[0].kind'),
  bad('Terway fault on a Flannel cluster', edit({ 'faults.0.kind': 'snat-entry-missing' }), 'faults[0].kind'),
  bad('fault on an unknown node', edit({ 'faults.0.node': 'node-z' }), 'faults[0].node'),
  bad('duplicate fault', edit({ 'faults.1': { kind: 'flanneld-down', node: 'node-b' } }), 'faults[1]'),
  // Services
  bad(
    'Service endpoint that is no pod',
    edit({ services: [{ name: 'api', ports: [{ port: 80, targetPort: 8080 }], endpoints: ['api-9'] }] }),
    'services[0].endpoints[0]',
  ),
  bad(
    'Service port out of range',
    edit({ services: [{ name: 'api', ports: [{ port: 0, targetPort: 8080 }] }] }),
    'services[0].ports[0].port',
  ),
  bad(
    'cluster IP outside the service CIDR',
    edit({ services: [{ name: 'api', clusterIp: '10.96.0.10', ports: [{ port: 80, targetPort: 8080 }] }] }),
    'services[0].clusterIp',
  ),
  bad(
    'two Services with one name',
    edit({
      services: [
        { name: 'api', ports: [{ port: 80, targetPort: 8080 }] },
        { name: 'api', ports: [{ port: 81, targetPort: 8080 }] },
      ],
    }),
    'services[1].name',
  ),
  bad(
    'two Services with one cluster IP',
    edit({
      services: [
        { name: 'a', clusterIp: '172.19.0.10', ports: [{ port: 80, targetPort: 8080 }] },
        { name: 'b', clusterIp: '172.19.0.10', ports: [{ port: 80, targetPort: 8080 }] },
      ],
    }),
    'services[1].clusterIp',
  ),
  bad(
    'two Services with one node port',
    edit({
      services: [
        { name: 'a', type: 'NodePort', ports: [{ port: 80, targetPort: 80, nodePort: 30080 }] },
        { name: 'b', type: 'NodePort', ports: [{ port: 80, targetPort: 80, nodePort: 30080 }] },
      ],
    }),
    'services[1].ports[0].nodePort',
  ),
  bad(
    'node port outside 30000-32767',
    edit({
      services: [{ name: 'a', type: 'NodePort', ports: [{ port: 80, targetPort: 80, nodePort: 8080 }] }],
    }),
    'services[0].ports[0].nodePort',
  ),
  bad(
    'unknown Service type',
    edit({ services: [{ name: 'a', type: 'LoadBalancer', ports: [{ port: 80, targetPort: 80 }] }] }),
    'services[0].type',
  ),
  // Hostile strings
  bad('title of 10,000 characters', edit({ title: long(10_000) }), 'title'),
  bad('NUL in the title', edit({ title: 'a\u0000b' }), 'title'),
  bad('node name of 10,000 characters', edit({ 'nodes.1.name': long(10_000, 'a') }), 'nodes[1].name'),
  bad('script tag as node name', edit({ 'nodes.1.name': '<script>alert(1)</script>' }), 'nodes[1].name'),
  bad('NUL in a pod name', edit({ 'pods.0.name': 'web\u00001' }), 'pods[0].name'),
  bad('script tag as CIDR', edit({ 'vpc.cidr': '<img src=x onerror=alert(1)>' }), 'vpc.cidr'),
  bad('10,000-character CIDR', edit({ 'cluster.podCidr': `${long(10_000, '1.')}/8` }), 'cluster.podCidr'),
];
