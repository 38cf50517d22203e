/**
 * Packet-walk timing, on the same clock and speed as construction: the packet moves to a hop for
 * HOP_MOVE_MS (progress 0 → 1), then, while playing, rests there for HOP_HOLD_MS.
 */
export const HOP_MOVE_MS = 600;
export const HOP_HOLD_MS = 900;

/** The current hop's movement progress, linear in [0, 1]. */
export function hopProgressOf(time: number): number {
  return Math.max(0, Math.min(1, time / HOP_MOVE_MS));
}
