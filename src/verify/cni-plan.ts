/**
 * The pod phase of a replica done by the real CNI plugins (Debian's containernetworking-plugins,
 * /usr/lib/cni): for each pod, in the order kubelet set them up, the bridge plugin run in its
 * node's namespace with the delegate config the Flannel CNI plugin would hand it, built from the
 * engine's own subnet.env and 10-flannel.conf texts; and the loopback plugin for the pod's lo.
 */
import type { Command } from './command.ts';

/** Where the plugins are, and the host-local data directory (each node gets its own under it). */
export interface CniPaths {
  readonly bin: string;
  readonly dataDir: string;
}

export const DEFAULT_CNI_BIN = '/usr/lib/cni';

/** The variables of /run/flannel/subnet.env. */
export interface SubnetEnvVars {
  readonly network: string;
  readonly subnet: string;
  readonly mtu: number;
  readonly ipMasq: boolean;
}

/** Reads subnet.env text (`KEY=value` lines) as the Flannel CNI plugin does. */
export function parseSubnetEnv(text: string): SubnetEnvVars {
  const vars = new Map<string, string>();
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) vars.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  const need = (key: string) => {
    const value = vars.get(key);
    if (value === undefined) throw new Error(`subnet.env has no ${key}`);
    return value;
  };
  return {
    network: need('FLANNEL_NETWORK'),
    subnet: need('FLANNEL_SUBNET'),
    mtu: Number(need('FLANNEL_MTU')),
    ipMasq: need('FLANNEL_IPMASQ') === 'true',
  };
}

/** The network of a CIDR with host bits (`172.16.0.129/25` → `172.16.0.128/25`), as Go's net.ParseCIDR gives it. */
export function networkOf(cidr: string): string {
  const [address, bits] = cidr.split('/');
  const prefix = Number(bits);
  const octets = (address ?? '').split('.').map(Number);
  const value = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  const network = value - (value % size);
  const out = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256);
  return `${out.join('.')}/${prefix}`;
}

/**
 * The delegate config the Flannel CNI plugin builds (flannel-io/cni-plugin flannel_linux.go
 * doCmdAdd and getDelegateIPAM): the conf's `delegate` with `name`; `type` bridge unless set;
 * `ipMasq` = !FLANNEL_IPMASQ unless set; `mtu` = FLANNEL_MTU unless set; `isGateway` true for
 * bridge unless set; the conf's `cniVersion` if it has one; IPAM host-local over the *network* of
 * FLANNEL_SUBNET (net.ParseCIDR drops the host bits) with a route to FLANNEL_NETWORK.
 * `dataDir` is the replica's own (host-local's default is /var/lib/cni/networks).
 */
export function flannelDelegate(
  subnetEnv: string,
  flannelConf: string,
  dataDir: string,
): Record<string, unknown> {
  const env = parseSubnetEnv(subnetEnv);
  const conf = JSON.parse(flannelConf) as {
    name: string;
    cniVersion?: string;
    delegate?: Record<string, unknown>;
  };
  const delegate: Record<string, unknown> = { ...(conf.delegate ?? {}) };
  delegate.name = conf.name;
  delegate.type ??= 'bridge';
  delegate.ipMasq ??= !env.ipMasq;
  delegate.mtu ??= env.mtu;
  if (delegate.type === 'bridge') delegate.isGateway ??= true;
  if (conf.cniVersion !== undefined && conf.cniVersion !== '') delegate.cniVersion = conf.cniVersion;
  delegate.ipam = {
    type: 'host-local',
    ranges: [[{ subnet: networkOf(env.subnet) }]],
    routes: [{ dst: env.network }],
    dataDir,
  };
  return delegate;
}

/** One CNI ADD: the plugin run inside `ns` with the CNI_* variables and the config on stdin. */
export function cniAdd(
  paths: CniPaths,
  ns: string,
  plugin: string,
  containerId: string,
  podNs: string,
  config: Record<string, unknown>,
): Command {
  return {
    ns,
    argv: [
      'env',
      'CNI_COMMAND=ADD',
      `CNI_CONTAINERID=${containerId}`,
      `CNI_NETNS=/var/run/netns/${podNs}`,
      'CNI_IFNAME=eth0',
      `CNI_PATH=${paths.bin}`,
      `${paths.bin}/${plugin}`,
    ],
    input: JSON.stringify(config),
  };
}

/** The loopback plugin for a pod's lo (containerd runs it before the pod's network). */
export function loopbackAdd(paths: CniPaths, podNs: string, containerId: string): Command {
  return cniAdd(paths, podNs, 'loopback', containerId, podNs, {
    cniVersion: '0.3.1',
    name: 'cni-loopback',
    type: 'loopback',
  });
}

/**
 * A command that prints host-local's files for a network as `FILE: CONTENT` lines (newlines in
 * the content as spaces: host-local separates the container id and the interface with \r\n), in
 * byte order, leaving out the lock file.
 */
export function hostLocalListing(dir: string): Command {
  return {
    argv: [
      'sh',
      '-c',
      'cd "$1" && for f in $(LC_ALL=C ls); do [ "$f" = lock ] && continue; printf "%s: %s\\n" "$f" "$(tr -s "\\r\\n" "  " < "$f")"; done',
      'sh',
      dir,
    ],
  };
}

/**
 * A command that prints each named interface of a namespace as `NAME up|down mtu N inet X brd B`
 * (one `inet …` per IPv4 address).
 */
export function linkListing(ns: string, names: readonly string[]): Command {
  const script = [
    'for d in "$@"; do',
    // iproute2 may warn on stderr about a peer's netns id while another namespace goes away.
    '  l=$(ip -o link show dev "$d" 2>/dev/null) || continue',
    '  f=$(echo "$l" | sed -E "s/^[^<]*<([^>]*)>.*/\\1/")',
    '  m=$(echo "$l" | sed -E "s/.* mtu ([0-9]+) .*/\\1/")',
    '  u=down; case ",$f," in *,UP,*) u=up;; esac',
    '  a=$(ip -o -4 addr show dev "$d" 2>/dev/null | awk \'{ if ($5 == "brd") printf " inet %s brd %s", $4, $6; else printf " inet %s", $4 }\')',
    '  echo "$d $u mtu $m$a"',
    'done',
  ].join('\n');
  return { ns, argv: ['sh', '-c', script, 'sh', ...names] };
}
