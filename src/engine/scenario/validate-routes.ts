/**
 * `vpc.customRoutes`: routes the user adds to the VPC route table besides the per-node routes
 * the CCM creates. They share the route quota with those.
 */
import { validation } from '../messages/en/validation.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import { type Cidr, cidr, containsCidr, formatCidr, sameCidr } from '../net/ipv4.ts';
import { networkCidr } from './net-input.ts';
import { type Draft, indexPath, keyPath, quote } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import type { CustomRoute } from './types.ts';
import type { ClusterDraft } from './validate-cluster.ts';
import type { VpcDraft } from './validate-vpc.ts';

const say = (id: keyof typeof validation, params?: MessageParams): Message => message(validation, id, params);

// NOTE: Alibaba Cloud VPC API CreateRouteEntry: the destination may not be 100.64.0.0/10 or a
// subset of it (cloud services), nor equal to or inside a vSwitch CIDR (system routes).
const CLOUD_SERVICE_RANGE = cidr('100.64.0.0/10');

export function validateRoutes(
  r: Reporter,
  routes: Draft<ScenarioFile['vpc']['customRoutes']> | undefined,
  vpc: VpcDraft,
  cluster: ClusterDraft,
  nodeNames: ReadonlySet<string> | undefined,
): CustomRoute[] {
  const base = 'vpc.customRoutes';
  const list = routes ?? [];
  const out: CustomRoute[] = [];
  const seen = new Map<string, string>();
  list.forEach((route, i) => {
    if (!route) return;
    const at = indexPath(base, i);
    const destination = networkCidr(r, route.destination, keyPath(at, 'destination'));
    const destOk =
      destination !== undefined && checkDestination(r, destination, keyPath(at, 'destination'), vpc, cluster);
    if (destination && destOk) {
      const text = formatCidr(destination);
      const first = seen.get(text);
      if (first !== undefined) {
        r.error(keyPath(at, 'destination'), say('routeTwice', { cidr: text, first }));
      } else seen.set(text, keyPath(at, 'destination'));
    }
    const nextHop = route.nextHop;
    const hopOk = nextHop !== undefined && checkNextHop(r, nextHop, keyPath(at, 'nextHop'), vpc, nodeNames);
    if (destination && destOk && nextHop !== undefined && hopOk) {
      out.push({ destination: formatCidr(destination), nextHop });
    }
  });
  if (list.length > vpc.routeQuota) {
    r.error(base, say('routesOverQuota', { count: list.length, quota: vpc.routeQuota }));
  }
  return out;
}

function checkDestination(
  r: Reporter,
  dest: Cidr,
  at: string,
  vpc: VpcDraft,
  cluster: ClusterDraft,
): boolean {
  const text = formatCidr(dest);
  if (containsCidr(CLOUD_SERVICE_RANGE, dest)) {
    r.error(at, say('cloudServiceRange', { cidr: text }));
    return false;
  }
  const vsw = vpc.vswitches.find((v) => v.cidr && containsCidr(v.cidr, dest));
  if (vsw?.cidr) {
    const params = { cidr: text, name: vsw.name, vswitch: formatCidr(vsw.cidr) };
    r.error(at, say(sameCidr(vsw.cidr, dest) ? 'routeIsVswitch' : 'routeInVswitch', params));
    return false;
  }
  // Two entries for one destination cannot coexist; the CCM owns the entry of every node block.
  if (cluster.podCidr && dest.prefix === cluster.nodeCidrMaskSize && containsCidr(cluster.podCidr, dest)) {
    r.error(at, say('routeIsNodeBlock', { cidr: text, cluster: formatCidr(cluster.podCidr) }));
    return false;
  }
  return true;
}

function checkNextHop(
  r: Reporter,
  hop: string,
  at: string,
  vpc: VpcDraft,
  nodeNames: ReadonlySet<string> | undefined,
): boolean {
  if (hop === 'nat-gateway') {
    if (vpc.hasNatGateway) return true;
    r.error(at, say('noNatGateway'));
    return false;
  }
  // The schema has refused every other form: this is `instance:NODE`.
  const node = hop.slice('instance:'.length);
  if (nodeNames === undefined || nodeNames.has(node)) return true;
  r.error(at, say('routeUnknownNode', { node: quote(node), hop: quote(hop) }));
  return false;
}
