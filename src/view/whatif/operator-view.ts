/**
 * What a real operator would see after the failures of a construction: each failed step (an
 * operator action of the what-if, a refused route, a failed CNI ADD) with the events, node
 * conditions and error messages it recorded, in the engine's words.
 */
import type { Change, Step, Text } from '../../engine/index.ts';

export interface Observation {
  readonly step: number;
  /** The step's title, said in the page's language by the view. */
  readonly title: Text;
  readonly actor: string;
  /** `Warning CreateRouteFailed Node/node-b: …`, `node-b NetworkUnavailable=True (…)`, CNI errors. */
  readonly messages: readonly string[];
}

function messageOf(change: Change): string | null {
  switch (change.kind) {
    case 'event-recorded': {
      const e = change.event;
      return `${e.type} ${e.reason} ${e.object} (${e.source}): ${e.message}`;
    }
    case 'node-condition-set': {
      const c = change.condition;
      const bad = c.type === 'NetworkUnavailable' ? c.status === 'True' : c.status === 'False';
      return bad ? `${change.node} condition ${c.type}=${c.status} (${c.reason}): ${c.message}` : null;
    }
    case 'pod-phase':
      return change.error ? `pod ${change.pod} ${change.phase}: ${change.error}` : null;
    case 'flanneld-status':
      return change.error ? `kube-flannel on ${change.node} ${change.status}: ${change.error}` : null;
    case 'pod-rejected':
      return `pod ${change.pod} rejected: ${change.error}`;
    default:
      return null;
  }
}

/** A failed step's observation; its messages not in `seen` yet (then added to it). */
function observe(step: Step, seen: Set<string>): Observation {
  const messages: string[] = [];
  for (const change of step.changes) {
    const message = messageOf(change);
    if (message !== null && !seen.has(message)) {
      seen.add(message);
      messages.push(message);
    }
  }
  return { step: step.index, title: step.titleText, actor: step.actor, messages };
}

/** The failed steps and what each one left for an operator to read; a message appears once. */
export function operatorObservations(steps: readonly Step[]): Observation[] {
  return firstObservations(steps, () => true, Number.POSITIVE_INFINITY).observations;
}

/**
 * The first `max` observations of the steps `shown` keeps (the others' messages still count as
 * seen, as in operatorObservations filtered), and how many it keeps in all. Past the first `max`
 * nothing is worded: 5,000 nodes × 30 pods fail 27,120 steps, and wording them all took 400 ms of
 * the page's first draw after a what-if.
 */
export function firstObservations(
  steps: readonly Step[],
  shown: (step: number) => boolean,
  max: number,
): { readonly observations: Observation[]; readonly total: number } {
  const seen = new Set<string>();
  const observations: Observation[] = [];
  let total = 0;
  for (const step of steps) {
    if (!step.failed) continue;
    const kept = shown(step.index);
    if (kept) total++;
    if (observations.length >= max) continue;
    const observation = observe(step, seen);
    if (kept) observations.push(observation);
  }
  return { observations, total };
}
