/**
 * A what-if on a scenario too large to apply at once (a fault or a route quota on 1,000 or 5,000
 * nodes): its document is sent to the Web Worker a part at a time and validated there, read back
 * a part per task, then built a slice at a time, in the progress panel with Cancel
 * (large-scenario.ts), so that the page answers meanwhile. Applied at once, the 1,000-node
 * scenario's checks and its 129,882 steps held the page for seconds. A refusal is the engine's
 * sentence, as a what-if applied at once says it ("Not applied: …"); a what-if asked for while
 * another is being applied cancels it.
 */
import type { Scenario } from '../../engine/index.ts';
import type { WhatIfResult } from '../../store/index.ts';
import { openLarge } from './large-scenario.ts';

let current: AbortController | undefined;

/** Applies a what-if's document (store/what-if-scenario.ts whatIfDocument) up to `step`; null if overtaken. */
export async function openLargeWhatIf(
  file: Readonly<Record<string, unknown>>,
  step: number,
): Promise<WhatIfResult | null> {
  current?.abort();
  const mine = new AbortController();
  current = mine;
  const opened = await openLarge({ whatIf: file }, step, 'the scenario', mine.signal);
  if (mine.signal.aborted) return null;
  current = undefined;
  return opened.ok ? { ok: true, scenario: opened.scenario as Scenario } : opened;
}
