/**
 * The dataplane comparison (packet/compare-dataplanes.ts): the dataplanes' names, the facts' names
 * and values. English, the source of every language.
 */
export const dataplanes = {
  // The names of dataplane/dataplanes.ts DATAPLANE_LABELS, word for word (a test holds them equal).
  labelAlloc: 'VPC routes (Flannel alloc)',
  labelVxlan: 'VXLAN overlay (Flannel vxlan)',
  labelHostGw: 'host-gw (Flannel)',
  labelTerway: 'Terway (ENIs, policy routing)',
  rowVpcEntries: 'VPC route entries for pods',
  rowNodeLimit: 'Node limit',
  rowDevices: 'Devices on a node',
  rowPeerRoutes: 'Routes to other nodes’ pods',
  rowMtu: 'Pod MTU',
  rowHops: 'Hops',
  rowHeaders: 'Headers the VPC routes by',
  rowOutcome: 'Outcome',
  allocEntries: '{n, plural, one {# entry} other {# entries}}, one per node (quota {quota})',
  terwayEntries: 'none: pods hold VPC addresses of ENIs, which the vSwitch routes',
  overlayEntries: 'none: the VPC never sees a pod address',
  terwayLimit:
    '{max} pod addresses per node from ENIs (({adapters} − 1) × {ips}), {left} left in the pod vSwitches (no route-quota limit)',
  quotaBinds: '{n} nodes: the route quota binds',
  cidrBinds: '{n} nodes: only the cluster CIDR binds',
  cidrBindsNoQuota: '{n} nodes: only the cluster CIDR binds (no route-quota limit)',
  terwayDevices:
    'eth0, {n, plural, one {# secondary ENI} other {# secondary ENIs}}, a cali veth per pod (no bridge)',
  terwayPeers: 'none: ip rules send each pod out of its own ENI to the vSwitch gateway',
  allocPeers: 'none: other pod CIDRs follow the default route to the VPC',
  vxlanPeers:
    '{routes, plural, one {# route} other {# routes}} via flannel.1 onlink, {neighbours, plural, one {# neighbour} other {# neighbours}}, {fdb, plural, one {# FDB entry} other {# FDB entries}}',
  hostGwPeers: "{routes, plural, one {# route} other {# routes}} via the other node's eth0 address{refused}",
  hostGwRefused: '; {n} refused (other vSwitch)',
  noVpcCrossing: 'the packet does not cross the VPC',
  outerHeaders: 'outer {src} → {dst}, UDP {port}, VNI {vni} (pod addresses inside)',
  podHeaders: '{src} → {dst} (the pod addresses themselves)',
  walkDelivered: 'delivered',
  walkDropped: 'dropped: {reason}',
} as const;
