/**
 * `externals` (endpoints outside the VPC, such as an Internet host) and `faults` (what-if
 * breakages toggled on the scenario).
 */
import { fileShape } from '../messages/en/fileShape.ts';
import { validation } from '../messages/en/validation.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import { type Cidr, cidr, contains, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { type CNI_PLUGINS, faultKindsOf } from './defaults.ts';
import { checkName, createNameIndex } from './names.ts';
import { type Draft, indexPath, keyPath, quote } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import type { External, Fault } from './types.ts';

type CniPlugin = (typeof CNI_PLUGINS)[number];

import type { ClusterDraft } from './validate-cluster.ts';

const say = (id: keyof typeof validation, params?: MessageParams): Message => message(validation, id, params);

// Addresses that cannot be a host on the Internet: "this network", loopback, multicast and above.
const NOT_UNICAST: readonly Cidr[] = [cidr('0.0.0.0/8'), cidr('127.0.0.0/8'), cidr('224.0.0.0/3')];

export function validateExternals(
  r: Reporter,
  list: Draft<ScenarioFile['externals']> | undefined,
  vpcCidr: Cidr | undefined,
  cluster: ClusterDraft,
): External[] {
  const seenName = createNameIndex(say('externalName'));
  const seenIp = new Map<number, string>();
  const out: External[] = [];
  (list ?? []).forEach((ext, i) => {
    if (!ext) return;
    const at = indexPath('externals', i);
    const name = ext.name;
    const nameOk =
      name !== undefined &&
      checkName(r, name, keyPath(at, 'name'), say('externalName'), 'label') &&
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
    { block: vpcCidr, what: message(fileShape, 'theVpc') },
    { block: cluster.podCidr, what: say('thePodCidr') },
    { block: cluster.serviceCidr, what: say('theServiceCidr') },
  ].find(({ block }) => block && contains(block, ip));
  if (inside?.block) {
    r.error(at, say('externalInside', { ip: text, what: inside.what, cidr: formatCidr(inside.block) }));
    return false;
  }
  if (NOT_UNICAST.some((block) => contains(block, ip))) {
    r.error(at, say('notUnicast', { ip: text }));
    return false;
  }
  const other = seen.get(ip);
  if (other !== undefined) {
    r.error(at, say('externalIpTwice', { ip: text, other }));
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
      r.error(keyPath(at, 'node'), say('faultUnknownNode', { node: quote(node) }));
    }
    if (kind !== undefined && !kinds.includes(kind)) {
      const other = plugin === 'terway' ? 'Flannel' : 'Terway';
      const runs = plugin === 'terway' ? 'Terway' : 'Flannel';
      r.error(keyPath(at, 'kind'), say('faultOtherCni', { kind, other, runs, kinds: kinds.join(', ') }));
      return;
    }
    if (kind === undefined || node === undefined || !nodeOk) return;
    const key = `${kind}\u0000${node}`;
    const first = seen.get(key);
    if (first !== undefined) {
      r.error(at, say('faultTwice', { kind, node: quote(node), first }));
      return;
    }
    seen.set(key, at);
    out.push({ kind, node });
  });
  return out;
}
