/** Every lesson, in the order the picker offers them. */
import type { Lesson } from '../types.ts';
import { callingAService } from './calling-a-service.ts';
import { constructionPhases } from './construction-phases.ts';
import { flannelOrTerway } from './flannel-or-terway.ts';
import { flanneldVsCni } from './flanneld-vs-cni.ts';
import { leavingTheCluster } from './leaving-the-cluster.ts';
import { sameNodeCrossNode } from './same-node-cross-node.ts';
import { troubleshooting } from './troubleshooting.ts';
import { whyItStopsGrowing } from './why-it-stops-growing.ts';
import { whyVpcRoutes } from './why-vpc-routes.ts';

export const LESSONS: readonly Lesson[] = [
  constructionPhases,
  flanneldVsCni,
  sameNodeCrossNode,
  leavingTheCluster,
  whyItStopsGrowing,
  whyVpcRoutes,
  troubleshooting,
  flannelOrTerway,
  callingAService,
];

/** The lesson with this id, if any. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
