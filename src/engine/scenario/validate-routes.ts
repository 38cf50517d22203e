/**
 * `vpc.customRoutes`: routes the user adds to the VPC route table besides the per-node routes
 * the CCM creates. They share the route quota with those.
 */
import { type Cidr, cidr, containsCidr, formatCidr, sameCidr } from '../net/ipv4.ts';
import { networkCidr } from './net-input.ts';
import { type Draft, indexPath, keyPath, quote } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import type { CustomRoute } from './types.ts';
import type { ClusterDraft } from './validate-cluster.ts';
import type { VpcDraft } from './validate-vpc.ts';

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
        r.error(
          keyPath(at, 'destination'),
          `${text} already has a route (at ${first}); a route table holds one entry per destination`,
        );
      } else seen.set(text, keyPath(at, 'destination'));
    }
    const nextHop = route.nextHop;
    const hopOk = nextHop !== undefined && checkNextHop(r, nextHop, keyPath(at, 'nextHop'), vpc, nodeNames);
    if (destination && destOk && nextHop !== undefined && hopOk) {
      out.push({ destination: formatCidr(destination), nextHop });
    }
  });
  if (list.length > vpc.routeQuota) {
    r.error(
      base,
      `${list.length} custom routes do not fit the route quota of ${vpc.routeQuota}; raise vpc.routeQuota or remove routes`,
    );
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
    r.error(
      at,
      `${text} lies in 100.64.0.0/10, which the VPC keeps for cloud services; pick another destination`,
    );
    return false;
  }
  const vsw = vpc.vswitches.find((v) => v.cidr && containsCidr(v.cidr, dest));
  if (vsw?.cidr) {
    const how = sameCidr(vsw.cidr, dest) ? 'is the CIDR of' : 'lies inside';
    r.error(
      at,
      `${text} ${how} vSwitch "${vsw.name}" (${formatCidr(vsw.cidr)}), which its system route already covers; a custom route may not target it`,
    );
    return false;
  }
  // Two entries for one destination cannot coexist; the CCM owns the entry of every node block.
  if (cluster.podCidr && dest.prefix === cluster.nodeCidrMaskSize && containsCidr(cluster.podCidr, dest)) {
    r.error(
      at,
      `${text} is a node block of the cluster CIDR ${formatCidr(cluster.podCidr)}; the CCM creates the route for it when a node gets that block`,
    );
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
    r.error(at, 'the next hop is "nat-gateway" but the VPC has none; add vpc.natGateway with its EIP');
    return false;
  }
  // The schema has refused every other form: this is `instance:NODE`.
  const node = hop.slice('instance:'.length);
  if (nodeNames === undefined || nodeNames.has(node)) return true;
  r.error(
    at,
    `unknown node ${quote(node)} in ${quote(hop)}; "instance:NODE" must name one of the scenario's nodes`,
  );
  return false;
}
