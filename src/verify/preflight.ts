/**
 * Whether the kernel check can run here: Linux, root, the tools it calls, and network
 * namespaces that can really be made (tried with `ip netns add`, then removed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_CNI_BIN } from './cni-plan.ts';
import { deleteNamespaces } from './namespaces.ts';

/** The real CNI plugins the pod phase runs (Debian: containernetworking-plugins). */
export const CNI_PLUGINS = ['bridge', 'host-local', 'loopback'] as const;

/** Each tool the check runs, and the Debian package that brings it. */
export const TOOLS: Readonly<Record<string, string>> = {
  ip: 'iproute2',
  iptables: 'iptables',
  'iptables-restore': 'iptables',
  nft: 'nftables',
  ping: 'iputils-ping',
  sysctl: 'procps',
  awk: 'mawk',
};

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

/** Undefined when the check can run, else the reason it cannot. */
export function whyCannotRun(prefix: string): string | undefined {
  if (process.platform !== 'linux') return `network namespaces need Linux, and this is ${process.platform}`;
  if (process.getuid?.() !== 0) return 'creating network namespaces needs root';
  const missing = Object.keys(TOOLS).filter((tool) => !has(tool));
  if (missing.length > 0) {
    const packages = [...new Set(missing.map((tool) => TOOLS[tool]))].join(' ');
    return `missing ${missing.join(', ')} (Debian: apt-get install ${packages})`;
  }
  const plugins = CNI_PLUGINS.filter((p) => !existsSync(`${DEFAULT_CNI_BIN}/${p}`));
  if (plugins.length > 0)
    return `missing the CNI plugins ${plugins.join(', ')} in ${DEFAULT_CNI_BIN} (Debian: apt-get install containernetworking-plugins)`;
  const probe = `${prefix}probe`;
  const added = spawnSync('ip', ['netns', 'add', probe], { encoding: 'utf8' });
  if (added.status !== 0)
    return `\`ip netns add\` failed: ${(added.stderr || added.error?.message || '').trim()}`;
  deleteNamespaces([probe]);
  return undefined;
}
