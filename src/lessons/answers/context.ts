/** What an answer rule reads, and what it gives back. */
import type { Construction, Hop, Trace, WorldState } from '../../engine/index.ts';
import type { AnswerOption, Proof } from '../resolved.ts';
import { englishOf, type LessonText } from '../said.ts';

export interface StopPacket {
  readonly trace: Trace;
  readonly direction: 'request' | 'reply';
  readonly hops: readonly Hop[];
  /** The stopped-at hop, 1-based; null when the stop shows the whole walk. */
  readonly hop: number | null;
}

export interface AnswerContext {
  readonly construction: Construction;
  /** The step the stop shows, and the world after it. */
  readonly step: number;
  readonly world: WorldState;
  readonly packet: StopPacket | null;
  readonly kind: 'choice' | 'click';
}

export interface ComputedAnswer {
  readonly options: readonly AnswerOption[];
  readonly answer: string;
  readonly answerLabel: string;
  readonly answerSaid: LessonText;
  readonly proof: Proof;
}

/** A proof as a rule gives it: its sentence as a message, the English made from it. */
export type SaidProof = Omit<Proof, 'text'>;

/** A proof with its sentence in English. */
export function proofOf(proof: SaidProof): Proof {
  return { ...proof, text: englishOf(proof.said) };
}

/** An option in words: its English label and the message. */
export function option(id: string, said: LessonText): AnswerOption {
  return { id, label: englishOf(said), said };
}

/** Thrown by a rule that cannot apply to its stop; resolve.ts adds where it happened. */
export class RuleError extends Error {}

/** The stop's packet, or a RuleError for rules that need one. */
export function needPacket(ctx: AnswerContext): StopPacket {
  if (!ctx.packet) throw new RuleError('this answer needs a packet stop');
  return ctx.packet;
}

/** The stop's hop, or a RuleError for rules that need one. */
export function needHop(ctx: AnswerContext): { hop: Hop; number: number; packet: StopPacket } {
  const packet = needPacket(ctx);
  const hop = packet.hop === null ? undefined : packet.hops[packet.hop - 1];
  if (!hop || packet.hop === null) throw new RuleError('this answer needs the stop to select a hop');
  return { hop, number: packet.hop, packet };
}

/**
 * At most `max` options, the right one always among them: the others are taken in the order
 * given, and the result keeps that order (or the order `sort` gives).
 */
export function limitOptions(
  all: readonly AnswerOption[],
  answer: string,
  max: number,
  sort?: (a: AnswerOption, b: AnswerOption) => number,
): AnswerOption[] {
  const unique = all.filter((o, i) => all.findIndex((p) => p.id === o.id) === i);
  const others = unique.filter((o) => o.id !== answer).slice(0, max - 1);
  const keep = new Set([answer, ...others.map((o) => o.id)]);
  const chosen = unique.filter((o) => keep.has(o.id));
  return sort ? chosen.sort(sort) : chosen;
}

/** The right option, or a RuleError when the options lack it. */
function rightOf(options: readonly AnswerOption[], answer: string): AnswerOption {
  const right = options.find((o) => o.id === answer);
  if (!right) throw new RuleError(`the right answer ${answer} is not among the options`);
  return right;
}

/** A computed answer: the options, the right one with its label, and the proof. */
export function answered(options: readonly AnswerOption[], answer: string, proof: SaidProof): ComputedAnswer {
  const right = rightOf(options, answer);
  return {
    options,
    answer,
    answerLabel: right.label,
    answerSaid: right.said ?? right.label,
    proof: proofOf(proof),
  };
}
