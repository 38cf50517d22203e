import type { Move, Next, Walk } from '../../packet/walk.ts';
import { terwayNodeIn, terwayNodeOut } from './node.ts';
import { terwayPodIn, terwayPodOut } from './pod.ts';

/** The stations that differ in a Terway cluster (pods and nodes); undefined for the shared ones. */
export function terwayStep(walk: Walk, { station, packet }: Move): Next | undefined {
  switch (station.kind) {
    case 'pod-out':
      return terwayPodOut(walk, station.pod, packet, station.src);
    case 'pod-in':
      return terwayPodIn(walk, station.pod, packet);
    case 'node-in':
      return terwayNodeIn(walk, station.node, station.dev, packet);
    case 'node-out':
      return terwayNodeOut(walk, station.node, packet, station.src);
    default:
      return undefined;
  }
}
