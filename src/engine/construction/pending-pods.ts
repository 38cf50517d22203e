/**
 * The pod-phase steps of pods kube-scheduler leaves Pending: bound to a tainted node, or to a
 * node that already holds its maxPods. No kubelet sees them, so no sandbox, netns, CNI call or IP.
 */

import { later } from '../later.ts';
import { steps } from '../messages/en/steps.ts';
import { message as say } from '../messages/message.ts';
import { nodePlace, podPlace } from '../places.ts';
import { KUBELET_MAX_PODS } from '../scenario/limits.ts';
import type { PodSpec } from '../scenario/types.ts';
import type { StepBuilder } from './builder.ts';
import {} from './builder.ts';
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
    text: later(() => [
      say(steps, 'taintedTitle', { pod: name, node }),
      say(steps, 'tainted', { pod: name, node, taint, error: message }),
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
  b.emit({
    phase: 'pod',
    actor: 'kube-scheduler',
    target: count === 1 ? podPlace(first.name) : nodePlace(node),
    failed: true,
    changes,
    text: later(() => [
      say(steps, 'fullTitle', { count, pod: first.name, node }),
      say(steps, 'full', {
        node,
        max: KUBELET_MAX_PODS,
        pod: first.name,
        count,
        after: count - 1,
        error: message,
      }),
    ]),
  });
}
