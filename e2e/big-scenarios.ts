import { deflateRawSync } from 'node:zlib';

/**
 * A big scenario for the "never freeze" tests: one master and `nodes - 1` workers in one /16
 * vSwitch, `podsPerWorker` pods on each worker (named `<node>-pod-<j>`), a /12 cluster CIDR cut
 * into /24s, and a route quota for every node's VPC route.
 */
export function bigScenario(
  nodes: number,
  podsPerWorker: number,
  { title, routeQuota = 10_000 }: { readonly title?: string; readonly routeQuota?: number } = {},
) {
  const all = [
    { name: 'master-1', role: 'master' },
    ...Array.from({ length: nodes - 1 }, (_, i) => ({ name: `node-${i}` })),
  ];
  const pods = all
    .slice(1)
    .flatMap((n) =>
      Array.from({ length: podsPerWorker }, (_, j) => ({ name: `${n.name}-pod-${j}`, node: n.name })),
    );
  return {
    ...(title !== undefined ? { title } : {}),
    vpc: { cidr: '10.0.0.0/8', vswitches: [{ name: 'vsw-a', cidr: '10.0.0.0/16' }], routeQuota },
    cluster: { podCidr: '172.16.0.0/12', nodeCidrMaskSize: 24, serviceCidr: '192.168.0.0/20' },
    nodes: all,
    pods,
  };
}

/** A `v1.` scenario parameter (deflate-raw, base64url) for `file`. */
export function scenarioParam(file: unknown): string {
  return `v1.${deflateRawSync(Buffer.from(JSON.stringify(file))).toString('base64url')}`;
}

/** The explorer's link to `file`, with `extra` (`&step=…`, `&lang=…`) after it. */
export function linkOf(file: unknown, extra = ''): string {
  return `/#/?s=${scenarioParam(file)}${extra}`;
}
