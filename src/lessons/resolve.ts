/**
 * `resolveLesson`: runs a lesson's scenario through the engine and turns every selector, token
 * and answer rule into concrete step numbers, traces, hop numbers, options and right answers.
 * Pure and deterministic; a lesson that cannot be resolved throws a LessonError naming the stop.
 */
import { construct, PRESETS, parseScenario, type Scenario, stateAt } from '../engine/index.ts';
import { trace } from '../engine/packet/index.ts';
import { computeAnswer, RuleError, type StopPacket } from './answers/index.ts';
import { LessonError, type ResolvedLesson, type ResolvedQuestion, type ResolvedStop } from './resolved.ts';
import { findHop, hopsOf, pathOf } from './select-hop.ts';
import { describeSelector, findStep } from './select-step.ts';
import { fillTemplate } from './template.ts';
import type { Lesson, LessonScenario, PacketStop, Question, StepRef, Stop } from './types.ts';

type Fail = (message: string) => never;

function scenarioOf(source: LessonScenario, fail: Fail): Scenario {
  const file =
    'preset' in source
      ? { ...(PRESETS[source.preset] as object), faults: source.faults ?? [] }
      : (source.file as unknown);
  const parsed = parseScenario(file);
  if (!parsed.ok)
    return fail(`invalid scenario: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.scenario;
}

function stepNumber(lessonSteps: ReturnType<typeof construct>['steps'], ref: StepRef, fail: Fail): number {
  if (ref === 'end') return lessonSteps.length;
  const step = findStep(lessonSteps, ref);
  return step ? step.index : fail(`no step matches: ${describeSelector(ref)}`);
}

function packetOf(stop: PacketStop, world: ReturnType<typeof stateAt>, fail: Fail): StopPacket {
  const result = trace(world, stop.from, stop.to);
  if (result.outcome === 'error') return fail(`trace ${stop.from} → ${stop.to}: ${result.reason}`);
  const direction = stop.hop?.direction ?? 'request';
  const hops = hopsOf(result, direction);
  const hop = stop.hop ? findHop(hops, stop.hop) : null;
  if (hop === undefined) return fail(`no hop matches ${JSON.stringify(stop.hop)}`);
  return { trace: result, direction, hops, hop };
}

function resolveStop(
  stop: Stop,
  index: number,
  c: ReturnType<typeof construct>,
  lessonId: string,
): ResolvedStop {
  const fail: Fail = (message) => {
    throw new LessonError(lessonId, `stop ${index + 1} (${stop.title})`, message);
  };
  const fill = (text: string, extra?: Record<string, string>) => {
    const filled = fillTemplate(text, c.final, extra);
    return filled.ok
      ? filled.text
      : fail(`unknown token(s) ${filled.unknown.map((t) => `{${t}}`).join(', ')}`);
  };
  const step = stepNumber(
    c.steps,
    stop.show === 'step' ? stop.step : stop.show === 'element' ? (stop.at ?? 'end') : 'end',
    fail,
  );
  const world = stateAt(c, step);
  const packet = stop.show === 'packet' ? packetOf(stop, world, fail) : null;
  const question = stop.question
    ? resolveQuestion(stop.question, { c, step, world, packet }, fill, fail)
    : null;
  return {
    number: index + 1,
    title: stop.title,
    narration: fill(stop.narration),
    step,
    select: stop.select === undefined ? null : fill(stop.select),
    artifact: stop.artifact ?? null,
    packet:
      stop.show === 'packet' && packet
        ? {
            from: stop.from,
            to: stop.to,
            trace: packet.trace,
            direction: packet.direction,
            hop: packet.hop,
            path: pathOf(packet.trace.hops),
            expect: stop.expect,
          }
        : null,
    question,
  };
}

interface StopState {
  readonly c: ReturnType<typeof construct>;
  readonly step: number;
  readonly world: ReturnType<typeof stateAt>;
  readonly packet: StopPacket | null;
}

function resolveQuestion(
  q: Question,
  { c, step, world, packet }: StopState,
  fill: (text: string, extra?: Record<string, string>) => string,
  fail: Fail,
): ResolvedQuestion {
  try {
    const computed = computeAnswer(q.answer, { construction: c, step, world, packet, kind: q.kind });
    return {
      kind: q.kind,
      prompt: fill(q.prompt),
      options: computed.options,
      answer: computed.answer,
      answerLabel: computed.answerLabel,
      answerSaid: computed.answerSaid,
      explanation: fill(q.explanation, { answer: computed.answerLabel }),
      proof: computed.proof,
      expect: q.expect,
      ownStepTells: q.ownStepTells === true,
    };
  } catch (error) {
    if (error instanceof RuleError) return fail(`question "${q.prompt}": ${error.message}`);
    throw error;
  }
}

const cache = new WeakMap<Lesson, ResolvedLesson>();

/** The lesson with every stop and answer computed from its scenario (cached per lesson object). */
export function resolveLesson(lesson: Lesson): ResolvedLesson {
  const cached = cache.get(lesson);
  if (cached) return cached;
  const fail: Fail = (message) => {
    throw new LessonError(lesson.id, 'scenario', message);
  };
  const scenario = scenarioOf(lesson.scenario, fail);
  const construction = construct(scenario);
  const resolved: ResolvedLesson = {
    lesson,
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    scenario,
    construction,
    stops: lesson.stops.map((stop, i) => resolveStop(stop, i, construction, lesson.id)),
  };
  cache.set(lesson, resolved);
  return resolved;
}
