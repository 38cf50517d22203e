/**
 * Finding construction steps by what they did (StepSelector), so lessons never hard-code step
 * numbers that move when a scenario changes.
 */
import { type Change, nodePlace, podPlace, type Step } from '../engine/index.ts';
import type { StepRef, StepSelector } from './types.ts';

/** The node a change is about, if any. */
export function changeNode(change: Change): string | undefined {
  switch (change.kind) {
    case 'ecs-created':
      return change.node.name;
    case 'vpc-route-added':
      return change.entry.node;
    case 'event-recorded':
      return change.event.object.startsWith('Node/') ? change.event.object.slice(5) : undefined;
    case 'pod-sandbox-created':
    case 'pod-rejected':
      return change.node;
    default:
      return 'node' in change && typeof change.node === 'string' ? change.node : undefined;
  }
}

/** The pod a change is about, if any. */
export function changePod(change: Change): string | undefined {
  return 'pod' in change && typeof change.pod === 'string' ? change.pod : undefined;
}

function aboutNode(step: Step, node: string, changes: readonly Change[]): boolean {
  return step.target === nodePlace(node) || changes.some((c) => changeNode(c) === node);
}

function aboutPod(step: Step, pod: string, changes: readonly Change[]): boolean {
  return step.target === podPlace(pod) || changes.some((c) => changePod(c) === pod);
}

/** Whether a step matches every field the selector gives. */
export function matchesStep(step: Step, selector: StepSelector): boolean {
  if (selector.actor !== undefined && step.actor !== selector.actor) return false;
  if (selector.phase !== undefined && step.phase !== selector.phase) return false;
  if (selector.failed !== undefined && step.failed !== selector.failed) return false;
  // With a change kind, node and pod must hold for that change; without, for the step.
  const changes =
    selector.change === undefined ? step.changes : step.changes.filter((c) => c.kind === selector.change);
  if (selector.change !== undefined && changes.length === 0) return false;
  if (selector.node !== undefined && !aboutNode(step, selector.node, changes)) return false;
  if (selector.pod !== undefined && !aboutPod(step, selector.pod, changes)) return false;
  return true;
}

/** The step the selector picks, or undefined when none matches. */
export function findStep(steps: readonly Step[], selector: StepSelector): Step | undefined {
  if (selector.occurrence === 'last') return steps.findLast((s) => matchesStep(s, selector));
  return steps.find((s) => matchesStep(s, selector));
}

/** A selector in words, for error messages. */
export function describeSelector(selector: StepRef): string {
  if (selector === 'end') return 'the last step';
  const parts = Object.entries(selector).map(([key, value]) => `${key}=${String(value)}`);
  return `the step with ${parts.join(', ')}`;
}
