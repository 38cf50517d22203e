/**
 * What Terway's components and the ECS API answer, word for word where a source gives the words.
 */

/** terwayd's answer when no ENI slot can give an address (pkg/eni/manager.go Allocate). */
export const NO_ENI_CAN_HANDLE = 'no eni can handle the allocation';

/**
 * The error the terway CNI binary returns, and records as the pod's AllocIPFailed event, when
 * terwayd's AllocIP fails: plugin/terway/cni_linux.go wraps it as `cmdAdd: error alloc ip %w`; the
 * gRPC client renders a plain error from the server as `rpc error: code = Unknown desc = …`.
 */
export function allocIpError(daemonError: string): string {
  return `cmdAdd: error alloc ip rpc error: code = Unknown desc = ${daemonError}`;
}

/** The pod's FailedCreatePodSandBox message when the terway CNI ADD fails. */
export function terwaySandboxFailed(containerId: string, cniError: string): string {
  return `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${containerId.slice(0, 64)}": plugin type="terway" failed (add): ${cniError}`;
}

/**
 * ECS's answer to CreateNetworkInterface or AssignPrivateIpAddresses in a vSwitch with no
 * address left: code InvalidVSwitchId.IpNotEnough (pkg/aliyun/client/errors/errors.go), HTTP 403,
 * message as logged in AliyunContainerService/terway issue #100.
 */
export function ipNotEnough(vswitch: string): string {
  return `Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch "${vswitch}" has not enough IpAddress.`;
}

/** The node condition terwayd sets when a vSwitch ran dry (pkg/eni/manager.go SetIPExhaustive, types/k8s.go). */
export const SUFFICIENT_IP_CONDITION = {
  type: 'SufficientIP',
  status: 'False',
  reason: 'InsufficientIP',
  message: 'node has insufficient IP',
} as const;

/** The ENI-quota error code ECS answers past the instance type's ENI quota (errors.go). */
export const ENI_PER_INSTANCE_LIMIT = 'EniPerInstanceLimitExceeded';

/**
 * The node's AllocIPFailed message for it, in the form of ipNotEnough's; no public source gives
 * ECS's message text, so it is left out (…).
 */
export function eniPerInstanceLimit(): string {
  return `Code: ${ENI_PER_INSTANCE_LIMIT} Message: …`;
}
