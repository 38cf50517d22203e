/**
 * `externals` (endpoints outside the VPC, such as an Internet host) and `faults` (what-if
 * breakages toggled on the scenario).
 */
import { type Cidr, cidr, contains, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { type CNI_PLUGINS, faultKindsOf } from './defaults.ts';
import { checkName, createNameIndex } from './names.ts';
import { type Draft, indexPath, keyPath, quote } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import type { External, Fault } from './types.ts';

type CniPlugin = (typeof CNI_PLUGINS)[number];

import type { ClusterDraft } from './validate-cluster.ts';

// Addresses that cannot be a host on the Internet: "this network", loopback, multicast and above.
const NOT_UNICAST: readonly Cidr[] = [cidr('0.0.0.0/8'), cidr('127.0.0.0/8'), cidr('224.0.0.0/3')];

export function validateExternals(
  r: Reporter,
  list: Draft<ScenarioFile['externals']> | undefined,
  vpcCidr: Cidr | undefined,
  cluster: ClusterDraft,
): External[] {
  const seenName = createNameIndex('external name');
  const seenIp = new Map<number, string>();
  const out: External[] = [];
  (list ?? []).forEach((ext, i) => {
    if (!ext) return;
    const at = indexPath('externals', i);
    const name = ext.name;
    const nameOk =
      name !== undefined &&
      checkName(r, name, keyPath(at, 'name'), 'external name', 'label') &&
      seenName(r, name, keyPath(at, 'name'));
    const ip = ext.ip === undefined ? undefined : parseIp(ext.ip);
    const ipOk = ip !== undefined && checkExternalIp(r, ip, keyPath(at, 'ip'), vpcCidr, cluster, seenIp);
    if (name !== undefined && nameOk && ip !== undefined && ipOk) out.push({ name, ip: formatIp(ip) });
  });
  return out;
}

function checkExternalIp(
  r: Reporter,
  ip: number,
  at: string,
  vpcCidr: Cidr | undefined,
  cluster: ClusterDraft,
  seen: Map<number, string>,
): boolean {
  const text = formatIp(ip);
  const inside = [
    { block: vpcCidr, what: 'the VPC' },
    { block: cluster.podCidr, what: 'the pod CIDR' },
    { block: cluster.serviceCidr, what: 'the service CIDR' },
  ].find(({ block }) => block && contains(block, ip));
  if (inside?.block) {
    r.error(
      at,
      `${text} is inside ${inside.what} ${formatCidr(inside.block)}; an external endpoint lives outside the VPC and the cluster`,
    );
    return false;
  }
  if (NOT_UNICAST.some((block) => contains(block, ip))) {
    r.error(
      at,
      `${text} is not a unicast host address (0.0.0.0/8, 127.0.0.0/8 and 224.0.0.0 and above are not)`,
    );
    return false;
  }
  const other = seen.get(ip);
  if (other !== undefined) {
    r.error(at, `${text} is already the address of the external at ${other}`);
    return false;
  }
  seen.set(ip, at);
  return true;
}

export function validateFaults(
  r: Reporter,
  list: Draft<ScenarioFile['faults']> | undefined,
  nodeNames: ReadonlySet<string> | undefined,
  plugin: CniPlugin,
): Fault[] {
  const kinds = faultKindsOf(plugin);
  const seen = new Map<string, string>();
  const out: Fault[] = [];
  (list ?? []).forEach((fault, i) => {
    if (!fault) return;
    const at = indexPath('faults', i);
    const { kind, node } = fault;
    // Without a readable nodes list, the reference cannot be checked (that list is reported).
    const nodeOk = node !== undefined && (nodeNames === undefined || nodeNames.has(node));
    if (node !== undefined && !nodeOk) {
      r.error(
        keyPath(at, 'node'),
        `unknown node ${quote(node)}; a fault must name one of the nodes in "nodes"`,
      );
    }
    if (kind !== undefined && !kinds.includes(kind)) {
      const other = plugin === 'terway' ? 'Flannel' : 'Terway';
      const runs = plugin === 'terway' ? 'Terway' : 'Flannel';
      r.error(
        keyPath(at, 'kind'),
        `${kind} is a ${other} fault and this cluster runs ${runs} (cluster.cni); its faults are ${kinds.join(', ')}`,
      );
      return;
    }
    if (kind === undefined || node === undefined || !nodeOk) return;
    const key = `${kind}\u0000${node}`;
    const first = seen.get(key);
    if (first !== undefined) {
      r.error(at, `the fault ${kind} on ${quote(node)} is listed twice (first at ${first}); remove one`);
      return;
    }
    seen.set(key, at);
    out.push({ kind, node });
  });
  return out;
}
