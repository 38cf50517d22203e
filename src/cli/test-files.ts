/** Scenario files for the CLI tests. */
import { PRESETS } from '../engine/index.ts';

export const ARTICLE_JSON = JSON.stringify(PRESETS.article, null, 2);

/** The article on another Flannel backend, as a file. */
export function articleOn(backend: 'alloc' | 'vxlan' | 'host-gw'): string {
  const article = PRESETS.article as { cluster: object };
  return JSON.stringify({ ...article, cluster: { ...article.cluster, cni: { plugin: 'flannel', backend } } });
}

/** The article with faults, as a file. */
export function articleWithFaults(faults: readonly { kind: string; node: string }[]): string {
  return JSON.stringify({ ...(PRESETS.article as object), faults });
}

/** Three problems in one file: a host-bit CIDR, an unknown key, a pod on an unknown node. */
export const BAD_JSON = JSON.stringify({
  ...(PRESETS.article as object),
  cluster: { podCidr: '172.16.8.1/25', nodeCidrMaskSize: 25, serviceCidr: '172.19.0.0/20', colour: 'blue' },
  pods: [{ name: 'web-1', node: 'node-z' }],
});

/** The article's cluster on Terway (shared ENI, ecs.g7.4xlarge quotas), as a file. */
export const TERWAY_ARTICLE_JSON = JSON.stringify({
  ...(PRESETS.article as { cluster: object }),
  cluster: { ...(PRESETS.article as { cluster: object }).cluster, cni: { plugin: 'terway' } },
});
