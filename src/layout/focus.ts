/** What to bring into view for a selected element: its node, so it is seen in context. */
import { inside } from './metrics.ts';
import type { Box, TopologyLayout } from './types.ts';

/** The box of the node holding element `id` (the element's own box outside nodes), or undefined. */
export function focusBox(layout: TopologyLayout, id: string): Box | undefined {
  // In a summary, what is not drawn is shown by its node's tile.
  const element = layout.byId.get(id) ?? layout.byId.get(layout.holder?.(id) ?? '');
  if (!element) return undefined;
  if (element.kind === 'node') return element.box;
  const node = layout.elements.find((e) => e.kind === 'node' && inside(e.box, element.box));
  return (node ?? element).box;
}
