/**
 * The two easings the page draws with, as d3-ease writes them. Not imported from d3-ease: its
 * module builds every easing it has as it loads (the bundler keeps those calls), 0.45 kB of the
 * first load for one line.
 */

/** Fast, then slowing to a stop. */
export function easeCubicOut(t: number): number {
  const u = t - 1;
  return u * u * u + 1;
}

/** Slow, fast, slow. */
export function easeCubicInOut(t: number): number {
  const u = t * 2;
  if (u <= 1) return (u * u * u) / 2;
  const v = u - 2;
  return (v * v * v + 2) / 2;
}
