/**
 * Scrolls `container` (and nothing else: not the page, unlike scrollIntoView) just enough to show
 * `element`, leaving `topInset` pixels free at the top for a sticky header.
 */
export function scrollWithin(container: HTMLElement | null, element: HTMLElement | null, topInset = 0): void {
  if (!container || !element || container.scrollHeight <= container.clientHeight) return;
  const box = container.getBoundingClientRect();
  const item = element.getBoundingClientRect();
  const top = box.top + topInset;
  if (item.top < top) container.scrollTop -= top - item.top;
  else if (item.bottom > box.bottom)
    container.scrollTop += Math.min(item.bottom - box.bottom, item.top - top);
}
