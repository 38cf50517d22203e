/**
 * The diagram while a lesson question waits (store/withheld.ts): a node's problem badges name
 * causes ("flanneld failed", "VPC route deleted"), so they go, from the badges, the accessible
 * name and the overview's brief, and the vRouter's line of refused routes. The red outline stays: that the node is in trouble is the
 * symptom the learner starts from.
 */
import type { TopologyElement, TopologyLayout } from '../../layout/index.ts';

function quietElement(element: TopologyElement): TopologyElement {
  if (element.kind !== 'node' || element.badges.length === 0) return element;
  const causes = element.badges.map((b) => b.text).join(', ');
  const name = element.name.endsWith(`, ${causes}`)
    ? element.name.slice(0, -(causes.length + 2))
    : element.name;
  const title = element.lines[0]?.text;
  return { ...element, badges: [], name, ...(title ? { brief: title } : {}) };
}

/** The layout without the words that name a node's causes (the vRouter's QuotaExceeded line too). */
export function quietCauses(layout: TopologyLayout): TopologyLayout {
  const { refusedLine: _, ...routes } = layout.routes;
  return { ...layout, routes, elements: layout.elements.map(quietElement) };
}
