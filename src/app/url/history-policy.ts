/**
 * Which scenario changes get their own history entry (DESIGN.md §3.3: Back returns to the
 * previous view). A preset or a new scenario does; stepping and selecting replace the entry
 * (useViewUrl.ts); so does a custom scenario that follows another one within COALESCE_MS, so
 * that typing in the editor leaves one entry per pause, not one per keystroke.
 */
import type { ScenarioSource } from '../../store/index.ts';

export const COALESCE_MS = 1500;

export interface ScenarioChange {
  readonly previous: ScenarioSource;
  readonly next: ScenarioSource;
  /** Milliseconds since the last custom scenario was written to the URL (Infinity: never). */
  readonly sinceLastCustom: number;
}

export function historyModeFor(change: ScenarioChange): 'push' | 'replace' {
  if (change.next.kind === 'preset') return 'push';
  return change.previous.kind === 'custom' && change.sinceLastCustom < COALESCE_MS ? 'replace' : 'push';
}
