/** Worlds at chosen moments of a construction, for the artifact tests. */
import type { ChangeKind } from '../construction/changes.ts';
import { type Construction, construct, stateAt } from '../construction/construct.ts';
import { presetScenario } from '../scenario/presets.ts';
import type { Fault, Scenario } from '../scenario/types.ts';
import type { WorldState } from '../world/types.ts';
import { renderArtifact } from './index.ts';

/** The article preset, optionally with faults. */
export function article(faults: readonly Fault[] = []): Construction {
  return construct({ ...presetScenario('article'), faults });
}

/** The article preset changed by `edit` (which gets a fresh copy to spread). */
export function articleWith(edit: (s: Scenario) => Scenario): Construction {
  return construct(edit(presetScenario('article')));
}

/** The 1-based index of the first step holding a change of `kind` about `subject` (node or pod). */
export function stepOf(c: Construction, kind: ChangeKind, subject?: string): number {
  const step = c.steps.find((s) =>
    s.changes.some((ch) => {
      if (ch.kind !== kind) return false;
      if (subject === undefined) return true;
      const about = ch as { node?: unknown; pod?: unknown };
      return about.node === subject || about.pod === subject;
    }),
  );
  if (!step) throw new Error(`no step with ${kind} ${subject ?? ''}`);
  return step.index;
}

/** The world just before and just after the step with that change. */
export function aroundChange(c: Construction, kind: ChangeKind, subject?: string): [WorldState, WorldState] {
  const n = stepOf(c, kind, subject);
  return [stateAt(c, n - 1), stateAt(c, n)];
}

/** The artifact text; throws with the engine's reason when there is none. */
export function textOf(world: WorldState, target: string, artifact: string): string {
  const result = renderArtifact(world, target, artifact);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

/** The error sentence; throws when the artifact exists. */
export function errorOf(world: WorldState, target: string, artifact: string): string {
  const result = renderArtifact(world, target, artifact);
  if (result.ok) throw new Error(`expected no ${artifact} on ${target}, got:\n${result.text}`);
  return result.error;
}
