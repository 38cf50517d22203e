/**
 * The texts real components print, reproduced exactly (DOMAIN.md). Kept in one place so the
 * tests, the narration and the artifacts quote the same words.
 */

/** kube-controller-manager's range allocator when the cluster CIDR is used up (range_allocator.go). */
export const CIDR_ALLOCATION_FAILED =
  'CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range';

/** The event the allocator records on the Node. */
export function cidrNotAvailableMessage(node: string): string {
  return `Node ${node} status is now: CIDRNotAvailable`;
}

/** flanneld's kube subnet manager when the Node has no spec.podCIDR (pkg/subnet/kube). */
export function podCidrNotAssigned(node: string): string {
  return `Error registering network: failed to acquire lease: node "${node}" pod cidr not assigned`;
}

/** The Flannel CNI plugin when /run/flannel/subnet.env does not exist (flannel-io/cni-plugin). */
export const SUBNET_ENV_MISSING =
  "failed to load flannel 'subnet.env' file: open /run/flannel/subnet.env: no such file or directory. Check the flannel pod log for this node.";

/** host-local when every address of the node's range is taken (allocator.go). */
export function noIpAddresses(rangeSet: string): string {
  return `failed to allocate for range 0: no IP addresses available in range set: ${rangeSet}`;
}

/** How kubelet reports a failed CNI ADD in the pod's events (FailedCreatePodSandBox). */
export function sandboxFailed(containerId: string, cniError: string): string {
  return `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${containerId.slice(0, 64)}": plugin type="flannel" failed (add): ${cniError}`;
}

/** The VPC API's answer to CreateRouteEntry over quota. */
export const ROUTE_QUOTA_EXCEEDED = 'QuotaExceeded: Route entry quota exceeded in this route table.';

/**
 * The CCM's events on the Node (cloud-provider-alibaba-cloud pkg/controller/route
 * route_controller.go addRouteForNode): reason CreatedRoute or CreateRouteFailed.
 */
export function createdRoute(routeTable: string, node: string, podCidr: string): string {
  return `Created route for ${routeTable} with ${node} -> ${podCidr} successfully`;
}

/**
 * The CreateRouteFailed message over quota, as the layers wrap it: the route controller's
 * `Create Route Failed for %s reason: %s` (route_controller.go), createRouteForInstance's
 * `error create route for node %v, err: %v` (route/utils.go), the VPC provider's `error create
 * route entry for %s, %s, error: %v` (pkg/provider/alibaba/vpc/vpc.go CreateRoute), and the
 * Alibaba Cloud Go SDK's ServerError (`SDK.ServerError\nErrorCode: %s\nRecommend: %s\nRequestId:
 * %s\nMessage: %s`, sdk/errors/server_error.go). The Recommend link and the RequestId differ on
 * every call, so they are shown as `…`.
 */
export function createRouteFailed(routeTable: string, providerId: string, podCidr: string): string {
  const sdk = [
    'SDK.ServerError',
    'ErrorCode: QuotaExceeded',
    'Recommend: …',
    'RequestId: …',
    'Message: Route entry quota exceeded in this route table.',
  ].join('\n');
  return `Create Route Failed for ${routeTable} reason: error create route for node ${providerId}, err: error create route entry for ${providerId}, ${podCidr}, error: ${sdk}`;
}

/** The event source of the CCM's route events: its recorder is `GetEventRecorderFor("Route")`. */
export const ROUTE_EVENT_SOURCE = 'Route';

/**
 * Set by kube-controller-manager's node lifecycle controller while the Node's NetworkUnavailable
 * condition is True (taint-by-condition), and lifted when it turns False.
 */
export const NETWORK_UNAVAILABLE_TAINT = 'node.kubernetes.io/network-unavailable:NoSchedule';

/**
 * kubelet registers a Node with this taint when it runs with --cloud-provider=external; the cloud
 * controller manager's node controller lifts it once it has initialized the Node
 * (k8s.io/cloud-provider api.TaintExternalCloudProvider; cloud-provider-alibaba-cloud
 * pkg/controller/node removeCloudTaints).
 */
export const UNINITIALIZED_TAINT = 'node.cloudprovider.kubernetes.io/uninitialized:NoSchedule';

/** One node's verdict in a scheduling failure: its first failing filter and what preemption found. */
export interface NodeVerdict {
  readonly reason: string;
  readonly preemption: string;
}

/**
 * Preemption's verdict for a node whose filter failure evicting pods cannot cure (a taint, a
 * selector): UnschedulableAndUnresolvable (pkg/scheduler/framework/preemption).
 */
export const PREEMPTION_NOT_HELPFUL = 'Preemption is not helpful for scheduling';

/**
 * Preemption's verdict for a node that could fit the pod if pods of lower priority left: every
 * pod there has the pending pod's priority (0) or higher (kube-flannel is system-node-critical),
 * so there is nothing to evict (default_preemption.go SelectVictimsOnNode).
 */
export const NO_PREEMPTION_VICTIMS = 'No preemption victims found for incoming pod';

/**
 * kube-scheduler's FailedScheduling message for a pod that may run on one node only (the scenario
 * binds each pod to a node, as a nodeSelector on kubernetes.io/hostname does). Filters run in
 * order (TaintToleration before NodeAffinity before NodeResourcesFit), so every node is counted
 * under its first failing reason; the reasons are sorted as strings, and so are preemption's
 * (pkg/scheduler/framework FitError, in the wording of the modelled Kubernetes, engine/versions.ts).
 */
export function failedScheduling(verdicts: readonly NodeVerdict[]): string {
  const total = verdicts.length;
  const counted = (reasons: readonly string[]): string => {
    const counts = new Map<string, number>();
    for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    return [...counts]
      .map(([reason, n]) => `${n} ${reason}`)
      .sort()
      .join(', ');
  };
  const filters = counted(verdicts.map((v) => v.reason));
  const preemption = counted(verdicts.map((v) => v.preemption));
  return `0/${total} nodes are available: ${filters}. preemption: 0/${total} nodes are available: ${preemption}.`;
}

/**
 * The scheduler's reason for a node with an untolerated NoSchedule taint. Since Kubernetes 1.35
 * (kubernetes/kubernetes#134740, "remove taint values from unschedulable messages in pod
 * status", also cherry-picked to 1.34) the TaintToleration filter no longer names the taint:
 * the older `node(s) had untolerated taint {key: value}` is gone from the pod's status. The
 * taint itself is still on the Node, which is where the narration points.
 */
export const UNTOLERATED_TAINT = 'node(s) had untolerated taint(s)';

/**
 * NodeResourcesFit's reason when the node already has as many pods bound as its allocatable
 * "pods" (kubelet's maxPods): len(nodeInfo.Pods)+1 > AllowedPodNumber
 * (pkg/scheduler/framework/plugins/noderesources/fit.go, fitsRequest).
 */
export const TOO_MANY_PODS = 'Too many pods';

export const NOT_SELECTED = "node(s) didn't match Pod's node affinity/selector";

/** Alibaba Cloud region used for provider ids in the examples. */
export const REGION = 'cn-hangzhou';
