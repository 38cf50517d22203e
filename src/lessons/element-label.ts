/**
 * A diagram element in words, for a click question's verdict ("You picked kubelet on node-c"),
 * never its id (`node:node-c/kubelet`).
 */
import { CONTROL_PLANE, parsePlace } from '../engine/index.ts';
import { englishOf, type LessonText, said } from './said.ts';
import { placeLabel } from './select-hop.ts';

const PARTS: Readonly<Record<string, LessonText>> = {
  flanneld: 'flanneld',
  kubelet: 'kubelet',
  'cni-plugin': said('cniPlugin'),
  cni0: said('cni0Bridge'),
  eth0: 'eth0',
  kcm: 'kube-controller-manager',
  ccm: said('ccm'),
};

/** The element's name as a message; an id this cannot read is given as it is. */
export function elementSaid(id: string): LessonText {
  const place = parsePlace(id);
  if (!place) return id;
  if (place.kind === CONTROL_PLANE)
    return place.part ? (PARTS[place.part] ?? place.part) : said('controlPlane');
  const owner = placeLabel(place.name === '' ? place.kind : `${place.kind}:${place.name}`);
  if (place.part === undefined) return owner;
  return said('partOn', { part: PARTS[place.part] ?? place.part, node: place.name });
}

/** The element's name in English words. */
export function elementLabel(id: string): string {
  return englishOf(elementSaid(id));
}
