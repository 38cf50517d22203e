/**
 * `checkLesson`: compares what a lesson's author declared (packet outcomes, paths, drop places,
 * expected answers) with what the engine computed, and checks that every element a stop selects
 * or an answer points at exists in the diagram. The lesson test runs it on every lesson, with the
 * diagram's ids from layout (`diagramIds`): lessons themselves import only the engine.
 */
import { stateAt, type WorldState } from '../engine/index.ts';
import type { ResolvedLesson, ResolvedStop } from './resolved.ts';

/** The ids the diagram shows for a world: its elements and its route rows. */
export type DiagramIds = (world: WorldState) => ReadonlySet<string>;

function packetProblems(stop: ResolvedStop): string[] {
  const packet = stop.packet;
  if (!packet) return [];
  const problems: string[] = [];
  const { trace, expect } = packet;
  if (trace.outcome !== expect.outcome)
    problems.push(`expected the packet to be ${expect.outcome}, the engine says ${trace.outcome}`);
  if (expect.path && expect.path.join(' → ') !== packet.path.join(' → '))
    problems.push(`expected path ${expect.path.join(' → ')}, the engine says ${packet.path.join(' → ')}`);
  const end = trace.hops.at(-1)?.at;
  if (expect.dropAt !== undefined && (trace.outcome !== 'dropped' || end !== expect.dropAt))
    problems.push(`expected a drop at ${expect.dropAt}, the engine ends at ${end} (${trace.outcome})`);
  return problems;
}

function questionProblems(stop: ResolvedStop, exists: (id: string, step: number) => boolean): string[] {
  const q = stop.question;
  if (!q) return [];
  const problems: string[] = [];
  if (q.answer !== q.expect) problems.push(`expected answer ${q.expect}, the engine computes ${q.answer}`);
  if (q.kind === 'choice' && q.options.length < 2) problems.push('a choice needs at least two options');
  if (new Set(q.options.map((o) => o.id)).size !== q.options.length) problems.push('options repeat');
  const at = Math.max(stop.step, q.proof.step ?? 0);
  if (q.proof.element !== null && !exists(q.proof.element, at))
    problems.push(`the proof points at ${q.proof.element}, which the diagram does not show at step ${at}`);
  if (q.kind === 'click' && !exists(q.answer, stop.step))
    problems.push(`the element to click, ${q.answer}, is not in the diagram at step ${stop.step}`);
  // Selecting it already would give the answer away, and a click on it would change nothing.
  if (q.kind === 'click' && stop.select === q.answer)
    problems.push(`the stop selects ${q.answer}, the element to click`);
  return problems;
}

/** Every mismatch between the lesson's declarations and the engine, as `stop N: sentence`. */
export function checkLesson(lesson: ResolvedLesson, diagramIds: DiagramIds): string[] {
  const cache = new Map<number, ReadonlySet<string>>();
  const exists = (id: string, step: number) => {
    let ids = cache.get(step);
    if (!ids) {
      ids = diagramIds(stateAt(lesson.construction, step));
      cache.set(step, ids);
    }
    return ids.has(id);
  };
  return lesson.stops.flatMap((stop) => {
    const problems = [...packetProblems(stop), ...questionProblems(stop, exists)];
    if (stop.select !== null && !exists(stop.select, stop.step))
      problems.push(`selects ${stop.select}, which the diagram does not show at step ${stop.step}`);
    return problems.map((p) => `stop ${stop.number} (${stop.title}): ${p}`);
  });
}
