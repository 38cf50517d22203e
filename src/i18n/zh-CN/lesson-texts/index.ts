/** The lessons' own words in Chinese, by lesson id (the English: src/lessons/catalog/). */
import type { LessonWords } from '../../lesson-words.ts';
import { callingAService } from './calling-a-service.ts';
import { constructionPhases } from './construction-phases.ts';
import { flannelOrTerway } from './flannel-or-terway.ts';
import { flanneldVsCni } from './flanneld-vs-cni.ts';
import { leavingTheCluster } from './leaving-the-cluster.ts';
import { sameNodeCrossNode } from './same-node-cross-node.ts';
import { troubleshooting } from './troubleshooting.ts';
import { whyItStopsGrowing } from './why-it-stops-growing.ts';
import { whyVpcRoutes } from './why-vpc-routes.ts';

export const lessonWords: Readonly<Record<string, LessonWords>> = {
  'construction-phases': constructionPhases,
  'flanneld-vs-cni': flanneldVsCni,
  'same-node-cross-node': sameNodeCrossNode,
  'leaving-the-cluster': leavingTheCluster,
  'why-it-stops-growing': whyItStopsGrowing,
  'why-vpc-routes': whyVpcRoutes,
  troubleshooting,
  'flannel-or-terway': flannelOrTerway,
  'calling-a-service': callingAService,
};
