/**
 * kube-scheduler's filters for a pod the scenario binds to one node (as a nodeSelector on
 * kubernetes.io/hostname does): TaintToleration, NodeAffinity, then NodeResourcesFit's pod count.
 * A pod that fails them stays Pending: no kubelet sees it, so no sandbox, netns, CNI call or IP.
 */
import type { Draft } from './apply.ts';
import {
  failedScheduling,
  NO_PREEMPTION_VICTIMS,
  NOT_SELECTED,
  type NodeVerdict,
  PREEMPTION_NOT_HELPFUL,
  TOO_MANY_PODS,
  UNTOLERATED_TAINT,
} from './messages.ts';

/** Why the scheduler turns a pod bound to `node` away: its node's taint, or its node is full. */
export type Unschedulable = 'tainted' | 'full';

/**
 * The FailedScheduling message for a pod that may run only on `node`: that node fails with
 * `why`, every other registered node under its first failing filter (its taint, else the
 * selector). Only a full node is one where preemption looks for victims.
 */
export function schedulingMessage(world: Draft, node: string, why: Unschedulable): string {
  const verdicts: NodeVerdict[] = [];
  for (const n of world.nodes.values()) {
    if (!n.registered) continue;
    if (n.taints.length > 0) {
      verdicts.push({ reason: UNTOLERATED_TAINT, preemption: PREEMPTION_NOT_HELPFUL });
    } else if (n.name === node && why === 'full') {
      verdicts.push({ reason: TOO_MANY_PODS, preemption: NO_PREEMPTION_VICTIMS });
    } else {
      verdicts.push({ reason: NOT_SELECTED, preemption: PREEMPTION_NOT_HELPFUL });
    }
  }
  return failedScheduling(verdicts);
}
