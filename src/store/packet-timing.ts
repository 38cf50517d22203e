/**
 * Packet-walk timing, on the same clock and speed as construction: the packet moves to a hop for
 * HOP_MOVE_MS (progress 0 → 1), then, while playing, rests there for HOP_HOLD_MS.
 */
export const HOP_MOVE_MS = 600;
export const HOP_HOLD_MS = 900;
/** The walk's pace with slow glide on: a third of the speed, each hop's move taking 1.8 s at 1×. */
export const SLOW_GLIDE = 1 / 3;

/** The current hop's movement progress, linear in [0, 1]. */
export function hopProgressOf(time: number): number {
  return Math.max(0, Math.min(1, time / HOP_MOVE_MS));
}
