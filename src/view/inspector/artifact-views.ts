/**
 * Every artifact of an inspected element as it stands at the current step, with the lines that
 * step added (the text after step n diffed against the text after step n−1).
 */
import {
  ARTIFACTS_BY_KIND,
  type ArtifactRow,
  artifactsOf,
  type ChangeKind,
  renderArtifact,
  type Step,
  type WorldState,
} from '../../engine/index.ts';
import type { InspectTarget } from './inspect-target.ts';
import { addedLines, linesOf } from './line-diff.ts';

export interface ArtifactView {
  readonly artifact: string;
  /** The text's lines; empty when the artifact does not exist. */
  readonly lines: readonly string[];
  /** The artifact's rows, one per line, with the keys evidence points at. */
  readonly rows: readonly ArtifactRow[];
  /** Why the artifact does not exist (yet), in the engine's words; null when it does. */
  readonly missing: string | null;
  /** Indices into `lines` that the current step added. */
  readonly added: ReadonlySet<number>;
  /** Whether the current step changed this artifact at all (added, changed or removed lines). */
  readonly changed: boolean;
  /** Whether the current step created it (it did not exist before). */
  readonly appeared: boolean;
}

/** One artifact of `target`, diffed between the world before and after the current step. */
export function artifactView(
  world: WorldState,
  before: WorldState,
  target: string,
  artifact: string,
): ArtifactView {
  const now = renderArtifact(world, target, artifact);
  const then = world === before ? now : renderArtifact(before, target, artifact);
  const lines = linesOf(now.ok ? now.text : undefined);
  const previous = linesOf(then.ok ? then.text : undefined);
  const added = world === before ? new Set<number>() : addedLines(previous, lines);
  const changed = added.size > 0 || previous.length !== lines.length || now.ok !== then.ok;
  return {
    artifact,
    lines,
    rows: now.ok ? now.rows : [],
    missing: now.ok ? null : now.error,
    added,
    changed,
    appeared: now.ok && !then.ok,
  };
}

/** Every artifact of the inspected element, in the inspector's order. */
export function artifactViews(
  world: WorldState,
  before: WorldState,
  inspected: InspectTarget,
): ArtifactView[] {
  // A Terway node lists its own artifacts (one ip-route-table-N per ENI table).
  const names = world.terway
    ? artifactsOf(world, inspected.kind, inspected.name)
    : ARTIFACTS_BY_KIND[inspected.kind];
  return names.map((artifact) => artifactView(world, before, inspected.target, artifact));
}

/** The artifact that shows a change best, where the change kind alone does not say it. */
const SHOWN_BY: Partial<Record<ChangeKind, string>> = {
  'cni0-created': 'ip-addr',
  'veth-created': 'ip-addr',
  'pod-ip-assigned': 'ip-addr',
  'subnet-env-written': 'subnet.env',
  'masquerade-rules-added': 'iptables-nat',
  'pod-cidr-allocated': 'node-spec',
};

/**
 * The artifact to show: the user's pick if this kind has it; else the one that shows the step's
 * main change, if it changed; else the first one the step created; else the one it added most
 * lines to; else the first that exists; else the first.
 */
export function defaultArtifact(
  views: readonly ArtifactView[],
  picked: string | null,
  step?: Step,
): string | null {
  if (picked && views.some((v) => v.artifact === picked)) return picked;
  for (const change of step?.changes ?? []) {
    const shown = views.find((v) => v.artifact === SHOWN_BY[change.kind] && v.changed);
    if (shown) return shown.artifact;
  }
  const appeared = views.find((v) => v.appeared);
  if (appeared) return appeared.artifact;
  let most: ArtifactView | undefined;
  for (const v of views) if (v.added.size > (most?.added.size ?? 0)) most = v;
  const choice = most ?? views.find((v) => v.missing === null) ?? views[0];
  return choice?.artifact ?? null;
}
