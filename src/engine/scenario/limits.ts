/**
 * Bounds that keep the engine safe on hostile or absurd input. Where a bound is a real platform
 * threshold, its source is named; the others are generous caps for a teaching tool.
 */

// NOTE: kubernetes.io "Considerations for large clusters": at most 5,000 nodes, 150,000 pods,
// 300,000 containers in total (and 110 pods per node, which kubelet enforces, not the file).
export const MAX_NODES = 5000;
export const MAX_PODS = 150_000;
export const MAX_CONTAINERS_TOTAL = 300_000;

// NOTE: kubelet's default maxPods is 110 (kubernetes.io "Considerations for large clusters"); the
// node's allocatable "pods", which kube-scheduler's NodeResourcesFit filter counts against.
// A scenario may put more pods on a node: those past it stay Pending, as in a real cluster.
export const KUBELET_MAX_PODS = 110;

// NOTE: Alibaba Cloud VPC API CreateVSwitch: at most 150 vSwitches per VPC; vSwitch mask /16–/29.
export const MAX_VSWITCHES = 150;
export const VSWITCH_MIN_PREFIX = 16;
export const VSWITCH_MAX_PREFIX = 29;

// NOTE: ACK's console offers node masks /24–/28 (terraform-provider-alicloud `node_cidr_mask`);
// the engine also accepts /16–/23 so that larger what-if clusters can be explored.
export const NODE_MASK_MIN = 16;
export const NODE_MASK_MAX = 28;

/** Route quota: the default 200 entries can be raised by ticket; anything past this is absurd. */
export const MAX_ROUTE_QUOTA = 100_000;
export const MAX_CUSTOM_ROUTES = 1000;
export const MAX_EXTERNALS = 100;
export const MAX_FAULTS = 20_000;
/** Generous caps on Terway's ENI shape (`cluster.cni.eni`); the Terway model checks real instance types. */
export const MAX_ENI_ADAPTERS = 32;
export const MAX_IPS_PER_ADAPTER = 100;
/** Services a scenario may declare (a teaching tool's cap, not a platform limit). */
export const MAX_SERVICES = 1000;

export const MAX_TITLE_LENGTH = 200;
/** Scenario text beyond this is refused before parsing (150,000 pods fit in ~15 MB). */
export const MAX_INPUT_CHARS = 50_000_000;
/** Past this many problems, listing more helps nobody and costs memory. */
export const MAX_ERRORS = 200;

/** The path used for problems with the whole input (broken JSON, not an object). */
export const ROOT_PATH = '(root)';
