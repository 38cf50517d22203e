/**
 * A diagram element in words, for a click question's verdict ("You picked kubelet on node-c"),
 * never its id (`node:node-c/kubelet`).
 */
import { CONTROL_PLANE, parsePlace } from '../engine/index.ts';
import { placeLabel } from './select-hop.ts';

const PARTS: Readonly<Record<string, string>> = {
  flanneld: 'flanneld',
  kubelet: 'kubelet',
  'cni-plugin': 'the CNI plugin',
  cni0: 'the cni0 bridge',
  eth0: 'eth0',
  kcm: 'kube-controller-manager',
  ccm: 'the Cloud Controller Manager (CCM)',
};

/** The element's name in words; an id this cannot read is given as it is. */
export function elementLabel(id: string): string {
  const place = parsePlace(id);
  if (!place) return id;
  if (place.kind === CONTROL_PLANE)
    return place.part ? (PARTS[place.part] ?? place.part) : 'the Kubernetes control plane';
  const owner = placeLabel(place.name === '' ? place.kind : `${place.kind}:${place.name}`);
  if (place.part === undefined) return owner;
  const part = PARTS[place.part] ?? place.part;
  return `${part} on ${place.name}`;
}
