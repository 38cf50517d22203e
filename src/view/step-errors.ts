/**
 * The real error messages a failed step carries in its changes (a CNI error, flanneld's exit
 * message, a Warning event), in the engine's words, for the narration to show verbatim.
 */
import type { Step } from '../engine/index.ts';

export function stepErrors(step: Step | undefined): string[] {
  if (!step?.failed) return [];
  const messages: string[] = [];
  for (const change of step.changes) {
    if ((change.kind === 'pod-phase' || change.kind === 'flanneld-status') && change.error)
      messages.push(change.error);
    if (change.kind === 'event-recorded' && change.event.type === 'Warning') {
      messages.push(`${change.event.reason}: ${change.event.message}`);
    }
  }
  return [...new Set(messages)];
}
