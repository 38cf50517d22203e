/**
 * The pod-phase steps of pods kube-scheduler leaves Pending: bound to a tainted node, or to a
 * node that already holds its maxPods. No kubelet sees them, so no sandbox, netns, CNI call or IP.
 */
import { nodePlace, podPlace } from '../places.ts';
import { KUBELET_MAX_PODS } from '../scenario/limits.ts';
import type { PodSpec } from '../scenario/types.ts';
import type { StepBuilder } from './builder.ts';
import { lazyText } from './builder.ts';
import type { Change } from './changes.ts';
import { schedulingMessage, type Unschedulable } from './scheduling.ts';

/** FailedScheduling messages by node and reason: the same for every pod bound there. */
export type SchedulingMessages = Map<string, string>;

function messageFor(b: StepBuilder, cache: SchedulingMessages, node: string, why: Unschedulable): string {
  const key = `${why} ${node}`;
  let message = cache.get(key);
  if (message === undefined) {
    message = schedulingMessage(b.world, node, why);
    cache.set(key, message);
  }
  return message;
}

function pendingChanges(spec: PodSpec, message: string): Change[] {
  return [
    {
      kind: 'pod-rejected',
      pod: spec.name,
      node: spec.node,
      containers: spec.containers,
      error: message,
      phase: 'Pending',
    },
    {
      kind: 'event-recorded',
      event: {
        type: 'Warning',
        reason: 'FailedScheduling',
        source: 'default-scheduler',
        object: `Pod/${spec.name}`,
        message,
      },
    },
  ];
}

/** A pod whose only node carries a NoSchedule taint it does not tolerate: one step. */
export function emitTaintedPending(b: StepBuilder, cache: SchedulingMessages, spec: PodSpec): void {
  const { name, node } = spec;
  const message = messageFor(b, cache, node, 'tainted');
  const taint = b.world.nodes.get(node)?.taints[0] ?? '';
  b.emit({
    phase: 'pod',
    actor: 'kube-scheduler',
    target: podPlace(name),
    failed: true,
    changes: pendingChanges(spec, message),
    text: lazyText(() => [
      `${name} stays Pending: ${node} is tainted`,
      `${name} may only run on ${node}, and ${node} still carries the taint ${taint}, which ${name} does not tolerate. kube-scheduler binds it nowhere and records FailedScheduling: "${message}" No kubelet sees the pod, so no sandbox, no network namespace and no CNI call happen; it stays Pending until the taint is lifted.`,
    ]),
  });
}

/**
 * Every pod past a node's maxPods, in one step: kube-scheduler's NodeResourcesFit filter finds
 * the node's allocatable pods used up, so each stays Pending with the same FailedScheduling.
 */
export function emitFullNodePending(
  b: StepBuilder,
  cache: SchedulingMessages,
  node: string,
  specs: readonly PodSpec[],
): void {
  const message = messageFor(b, cache, node, 'full');
  const changes: Change[] = [];
  for (const spec of specs) changes.push(...pendingChanges(spec, message));
  const first = specs[0] as PodSpec;
  const count = specs.length;
  const one = count === 1;
  b.emit({
    phase: 'pod',
    actor: 'kube-scheduler',
    target: one ? podPlace(first.name) : nodePlace(node),
    failed: true,
    changes,
    text: lazyText(() => [
      `${one ? `${first.name} stays` : `${count} pods stay`} Pending: ${node} is full`,
      `${node} already has ${KUBELET_MAX_PODS} pods bound (kubelet's maxPods, kube-flannel included): kube-scheduler's NodeResourcesFit filter refuses more ("Too many pods") and preemption finds nothing to evict, so ${first.name}${one ? '' : ` and the ${count - 1} after it`} stay${one ? 's' : ''} Pending with FailedScheduling "${message}" No kubelet sees ${one ? 'it' : 'them'}: no sandbox, netns, CNI call or IP.`,
    ]),
  });
}
