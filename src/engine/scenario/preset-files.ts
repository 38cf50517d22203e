/**
 * Built-in scenarios, written as a user would write them (defaults left out where the defaults
 * are the point). Data only: presets.ts gives their parsed form.
 */

import type { PresetName } from './preset-names.ts';

export { PRESET_NAMES, type PresetName } from './preset-names.ts';

/** The article's cluster: one master registers first, so node-a gets the second /25 block. */
const article = {
  title: 'ACK + Flannel, as in the article',
  vpc: {
    cidr: '192.168.0.0/16',
    vswitches: [{ name: 'vsw-a', cidr: '192.168.0.0/24' }],
    routeQuota: 200,
    natGateway: { eip: '198.51.100.20' },
    customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
  },
  cluster: {
    podCidr: '172.16.0.0/16',
    nodeCidrMaskSize: 25,
    serviceCidr: '172.19.0.0/20',
    ipMasq: true,
  },
  nodes: [
    { name: 'master-1', role: 'master', ip: '192.168.0.5' },
    { name: 'node-a', ip: '192.168.0.10' },
    { name: 'node-b', ip: '192.168.0.20' },
  ],
  pods: [
    { name: 'web-1', node: 'node-a', containers: ['nginx', 'log-agent'] },
    { name: 'cache-1', node: 'node-a', containers: ['redis'] },
    { name: 'api-1', node: 'node-b', containers: ['api'] },
  ],
  externals: [{ name: 'internet', ip: '203.0.113.10' }],
  faults: [],
};

/** Three workers with default addresses, /24 node blocks and the default service CIDR. */
const small = {
  title: 'Small: three workers',
  vpc: {
    cidr: '10.0.0.0/16',
    vswitches: [{ name: 'vsw-a', cidr: '10.0.1.0/24' }],
    natGateway: { eip: '198.51.100.30' },
    customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
  },
  cluster: { podCidr: '172.20.0.0/16', nodeCidrMaskSize: 24 },
  nodes: [{ name: 'node-1' }, { name: 'node-2' }, { name: 'node-3' }],
  pods: [
    { name: 'web-1', node: 'node-1', containers: ['nginx'] },
    { name: 'web-2', node: 'node-1', containers: ['nginx'] },
    { name: 'api-1', node: 'node-2', containers: ['api', 'sidecar'] },
    { name: 'api-2', node: 'node-2', containers: ['api', 'sidecar'] },
    { name: 'db-1', node: 'node-3', containers: ['postgres'] },
    { name: 'worker-1', node: 'node-3' },
  ],
  externals: [{ name: 'internet', ip: '203.0.113.10' }],
};

const LARGE_WORKERS = 59;
const pad = (n: number) => String(n).padStart(2, '0');

/** 1 master + 59 workers in a /20 vSwitch; worker i runs 2, 3 or 4 pods (i mod 3). */
const large = {
  title: 'Large: 60 nodes',
  vpc: {
    cidr: '192.168.0.0/16',
    vswitches: [{ name: 'vsw-a', cidr: '192.168.16.0/20' }],
    routeQuota: 200,
    natGateway: { eip: '198.51.100.40' },
    customRoutes: [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }],
  },
  cluster: { podCidr: '172.20.0.0/16', nodeCidrMaskSize: 24, serviceCidr: '172.21.0.0/20' },
  nodes: [
    { name: 'master-1', role: 'master' },
    ...Array.from({ length: LARGE_WORKERS }, (_, i) => ({ name: `node-${pad(i + 1)}` })),
  ],
  pods: Array.from({ length: LARGE_WORKERS }, (_, i) =>
    Array.from({ length: 2 + (i % 3) }, (_, j) => ({
      name: `app-${pad(i + 1)}-${j + 1}`,
      node: `node-${pad(i + 1)}`,
      containers: j === 0 ? ['app', 'log-agent'] : ['app'],
    })),
  ).flat(),
  externals: [{ name: 'internet', ip: '203.0.113.10' }],
};

/**
 * The article's cluster with Services on it: kube-dns (kube-system, the conventional tenth
 * address of the service CIDR, as kubeadm gives it) in front of two CoreDNS pods, an `api`
 * ClusterIP Service whose pods both run on node-b, a NodePort `web` in front of web-1 (which
 * web-1 may call itself: hairpin), and `legacy`, a Service with no endpoints.
 */
const services = {
  ...article,
  title: 'ACK + Flannel with Services (kube-proxy, CoreDNS)',
  pods: [
    ...article.pods,
    { name: 'api-2', node: 'node-b', containers: ['api'] },
    { name: 'coredns-1', node: 'node-a', containers: ['coredns'] },
    { name: 'coredns-2', node: 'node-b', containers: ['coredns'] },
  ],
  services: [
    {
      name: 'kube-dns',
      namespace: 'kube-system',
      clusterIp: '172.19.0.10',
      ports: [
        { name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53, targetPort: 53, protocol: 'TCP' },
        { name: 'metrics', port: 9153, targetPort: 9153, protocol: 'TCP' },
      ],
      endpoints: ['coredns-1', 'coredns-2'],
    },
    { name: 'api', ports: [{ port: 80, targetPort: 8080 }], endpoints: ['api-1', 'api-2'] },
    {
      name: 'web',
      type: 'NodePort',
      ports: [{ port: 80, targetPort: 80, nodePort: 30080 }],
      endpoints: ['web-1'],
    },
    { name: 'legacy', ports: [{ port: 80, targetPort: 8080 }], endpoints: [] },
  ],
};

export const PRESETS: Readonly<Record<PresetName, unknown>> = { article, small, large, services };
