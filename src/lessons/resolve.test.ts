import { describe, expect, it } from 'vitest';
import { PRESETS } from '../engine/index.ts';
import { diagramIds } from '../layout/index.ts';
import { constructionPhases } from './catalog/construction-phases.ts';
import { growingCluster } from './catalog/scenarios.ts';
import { whyItStopsGrowing } from './catalog/why-it-stops-growing.ts';
import { checkLesson, type Lesson, LessonError, resolveLesson } from './index.ts';

const article = PRESETS.article as { cluster: object; nodes: object[] };

/** The construction lesson on the article's cluster, with another node mask. */
function withNodeMask(mask: number): Lesson {
  return {
    ...constructionPhases,
    scenario: { file: { ...article, cluster: { ...article.cluster, nodeCidrMaskSize: mask } } },
  };
}

const podCidrQuestion = (lesson: Lesson) =>
  resolveLesson(lesson).stops.find((s) => s.question?.prompt.includes('Which pod CIDR'))?.question;

describe('resolveLesson', () => {
  it('computes right answers from the scenario: another node mask, another pod CIDR for node-a', () => {
    expect(podCidrQuestion(constructionPhases)?.answer).toBe('cidr:172.16.0.128/25');
    const narrow = podCidrQuestion(withNodeMask(26));
    expect(narrow?.answer).toBe('cidr:172.16.0.64/26');
    expect(narrow?.options.map((o) => o.id)).toContain('cidr:172.16.0.64/26');
    // The narration follows the scenario, and the lesson test notices the stale expectation.
    const stop4 = resolveLesson(withNodeMask(26)).stops[3];
    expect(stop4?.narration).toContain('172.16.0.64/26');
    expect(checkLesson(resolveLesson(withNodeMask(26)), diagramIds)).toEqual([
      expect.stringMatching(
        /expected answer cidr:172\.16\.0\.128\/25, the engine computes cidr:172\.16\.0\.64\/26/,
      ),
    ]);
  });

  it('computes capacity answers from the scenario: node mask and route quota', () => {
    const [blocks, , routes] = whyItStopsGrowing.stops;
    const variant = (file: object): Lesson => ({
      ...whyItStopsGrowing,
      stops: [blocks, routes].filter((s) => s !== undefined),
      scenario: { file },
    });
    const answers = (lesson: Lesson) => resolveLesson(lesson).stops.map((s) => s.question?.answer);
    expect(answers(variant(growingCluster))).toEqual(['n:4', 'n:3']);
    const mask25 = { ...growingCluster, cluster: { ...growingCluster.cluster, nodeCidrMaskSize: 25 } };
    expect(answers(variant(mask25))).toEqual(['n:8', 'n:3']);
    const quota10 = { ...growingCluster, vpc: { ...growingCluster.vpc, routeQuota: 10 } };
    expect(answers(variant(quota10))).toEqual(['n:4', 'n:9']);
  });

  it('finds steps by what they did, not by index', () => {
    const stops = resolveLesson(constructionPhases).stops;
    const steps = resolveLesson(constructionPhases).construction.steps;
    const cni0 = stops.find((s) => s.select === 'node:node-a/cni0');
    expect(steps[(cni0?.step ?? 0) - 1]?.changes.some((c) => c.kind === 'cni0-created')).toBe(true);
    // One more worker registered first moves every later step, and the stop follows.
    const shifted = resolveLesson({
      ...constructionPhases,
      scenario: {
        file: {
          ...article,
          nodes: [{ name: 'master-0', role: 'master', ip: '192.168.0.4' }, ...article.nodes],
        },
      },
    }).stops.find((s) => s.select === 'node:node-a/cni0');
    expect(shifted?.step).toBeGreaterThan(cni0?.step ?? 0);
  });

  it('refuses a lesson whose selector matches nothing, naming the stop', () => {
    const broken: Lesson = {
      ...constructionPhases,
      id: 'broken',
      stops: [
        { show: 'step', title: 'Nowhere', step: { change: 'cni0-created', node: 'node-z' }, narration: 'x' },
      ],
    };
    expect(() => resolveLesson(broken)).toThrow(LessonError);
    expect(() => resolveLesson(broken)).toThrow(/lesson broken, stop 1 \(Nowhere\): no step matches/);
  });

  it('refuses unknown tokens and invalid scenarios', () => {
    const token: Lesson = {
      ...constructionPhases,
      stops: [{ show: 'element', title: 'T', select: 'vpc', narration: 'see {node:node-z.ip}' }],
    };
    expect(() => resolveLesson(token)).toThrow(/unknown token\(s\) \{node:node-z.ip\}/);
    const invalid: Lesson = { ...constructionPhases, scenario: { file: { vpc: 1 } } };
    expect(() => resolveLesson(invalid)).toThrow(/invalid scenario/);
  });
});
