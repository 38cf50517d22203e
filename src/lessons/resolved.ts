/**
 * A lesson after the engine has run it: concrete step numbers, traces, hop numbers, options and
 * right answers, each answer with the element, table row or step that proves it. The player
 * shows only this; it never works an answer out itself.
 */
import type { Construction, Evidence, Scenario, Trace } from '../engine/index.ts';
import type { LessonText } from './said.ts';
import type { Lesson, PacketExpectation } from './types.ts';

export interface AnswerOption {
  /** Stable id: `route:172.16.1.0/25`, `ip:192.168.0.10`, `at:vpc-router`, `actor:flanneld`, … */
  readonly id: string;
  /** In English; `said` in words of any language (none: the label is a value, an address). */
  readonly label: string;
  readonly said?: LessonText;
}

/** What proves an answer: the place to highlight and the evidence to quote. */
export interface Proof {
  /** The diagram element (or route row, `route:DEST`) to select. */
  readonly element: string | null;
  /** The construction step that did it, when a step proves it. */
  readonly step?: number;
  /** The hop (1-based, in the stop's path) whose decision proves it. */
  readonly hop?: number;
  /** The table line that decided it, as the artifact prints it. */
  readonly evidence?: Evidence;
  /** The inspector artifact that shows it (`subnet.env` on `node:node-a`). */
  readonly artifact?: { readonly target: string; readonly name: string };
  /** One sentence naming the proof ("row 172.16.1.0/25 → i-… of the VPC route table"), in English. */
  readonly text: string;
  /** The same sentence as a message (lessons/said.ts). */
  readonly said: LessonText;
}

export interface ResolvedQuestion {
  readonly kind: 'choice' | 'click';
  readonly prompt: string;
  readonly options: readonly AnswerOption[];
  /** The id of the right option (for `click`: a diagram element id). */
  readonly answer: string;
  readonly answerLabel: string;
  /** The right answer's label as a message. */
  readonly answerSaid: LessonText;
  readonly explanation: string;
  readonly proof: Proof;
  /** The author's expectation, for the lesson test only. */
  readonly expect: string;
  /** The stop's own step tells the answer: kept back too while the question waits. */
  readonly ownStepTells: boolean;
}

export interface ResolvedPacket {
  readonly from: string;
  readonly to: string;
  readonly trace: Trace;
  readonly direction: 'request' | 'reply';
  /** The stopped-at hop, 1-based in the chosen direction's hops; null for the whole walk. */
  readonly hop: number | null;
  /** The places the request visits, consecutive repeats folded. */
  readonly path: readonly string[];
  readonly expect: PacketExpectation;
}

/**
 * A hop of the stop's direction as the explorer's walk numbers it: the request's hops first,
 * then the reply's (store/packet-walk.ts).
 */
export function walkHopNumber(packet: ResolvedPacket, hop: number): number {
  return packet.direction === 'reply' ? packet.trace.hops.length + hop : hop;
}

export interface ResolvedStop {
  /** 1-based position in the lesson. */
  readonly number: number;
  readonly title: string;
  readonly narration: string;
  /** The construction step the view shows (0: nothing built yet). */
  readonly step: number;
  /** The element to select, or null. */
  readonly select: string | null;
  readonly artifact: string | null;
  readonly packet: ResolvedPacket | null;
  readonly question: ResolvedQuestion | null;
}

export interface ResolvedLesson {
  readonly lesson: Lesson;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: Scenario;
  readonly construction: Construction;
  readonly stops: readonly ResolvedStop[];
}

/** A lesson that cannot be resolved: a selector that matches nothing, an unknown token, … */
export class LessonError extends Error {
  constructor(lessonId: string, where: string, message: string) {
    super(`lesson ${lessonId}, ${where}: ${message}`);
    this.name = 'LessonError';
  }
}
