/**
 * How big a Flannel cluster can grow (addressing/capacity.ts): why the node limit is what it is,
 * and the scenario's node count against it.
 */
export const capacity = {
  limitBackend:
    "{podCidr} in /{mask} blocks gives {blocks} allocatable node CIDRs. With Flannel's {backend} backend no node needs a VPC route entry, so the route quota of {quota} limits nothing: the cluster CIDR is the only bound.",
  limitQuota:
    'Each node needs its own VPC route entry, and the route quota of {quota} minus {others} other custom {others, plural, one {route} other {routes}} leaves {routes} node routes, fewer than the {blocks} node CIDRs the cluster CIDR offers.',
  limitCidr:
    '{podCidr} in /{mask} blocks gives {blocks} allocatable node CIDRs, no more than the {routes} node routes the quota leaves, so the cluster CIDR runs out first.',
  nodesWithin: '{nodes} of {limit}',
  nodesOverQuota:
    '{nodes}: {over} over the limit; the last nodes get no VPC route (QuotaExceeded) and keep NetworkUnavailable=True',
  nodesOverCidr:
    '{nodes}: {over} over the limit; the last nodes get no pod CIDR (CIDRNotAvailable) and stay NotReady',
};
