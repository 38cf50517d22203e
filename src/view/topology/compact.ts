/**
 * Which layout a diagram of a given size draws: the full one, whose detail reads from
 * OVERVIEW_BELOW screen pixels per unit (its overview below that), or, where that is allowed (an
 * embed) and the full one would only show its overview, the compact one: names and addresses
 * only, each box as large as they need, drawn at a size that reads.
 */
import type { WorldState } from '../../engine/index.ts';
import { BRIEF_FONT, layoutTopology, type TopologyLayout } from '../../layout/index.ts';
import { OVERVIEW_BELOW } from './overview.ts';

/** The compact layout is taken when its briefs read at least this many screen pixels. */
export const COMPACT_MIN_PX = 9;

/** Past this many pods the compact layout would not read in an embed either: not worth planning. */
const COMPACT_MOST_PODS = 120;

const fitOf = (layout: TopologyLayout, size: { width: number; height: number }) =>
  Math.min(size.width / layout.width, size.height / layout.height);

export function chooseLayout(
  world: WorldState,
  size: { width: number; height: number } | undefined,
  /** The world at the last step, when the compact layout is allowed (its boxes fit its texts). */
  final: WorldState | undefined,
): TopologyLayout {
  const full = layoutTopology(world, size ?? {});
  if (!final || !size || world.scenario.pods.length > COMPACT_MOST_PODS) return full;
  if (fitOf(full, size) >= OVERVIEW_BELOW) return full;
  const compact = layoutTopology(world, { ...size, compact: true, final });
  return fitOf(compact, size) * BRIEF_FONT >= COMPACT_MIN_PX ? compact : full;
}
