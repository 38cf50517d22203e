/**
 * Runs `fn` once the next frame has been painted, when the layout is clean and reading it costs
 * nothing (read in the commit, it forces a layout of the whole page on top of the frame's own).
 * Returns a function that cancels it; an effect can return it as its cleanup.
 */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
