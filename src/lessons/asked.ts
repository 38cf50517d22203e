/**
 * The view a question is asked in (issue 13): the state before the step or hop that decides the
 * answer, with nothing on screen that gives it away. After the answer the player shows the stop
 * itself and the proof (ui/apply-stop.ts). Pure: computed from the resolved stop alone.
 */
import { type ResolvedStop, walkHopNumber } from './resolved.ts';

/** What the view keeps back while the question waits (the store's Withheld has this shape). */
export interface AskedWithheld {
  /** Construction steps from this one on are neither listed nor narrated. */
  readonly stepsFrom: number;
  /** Walk hops from this one on (the explorer walk's numbering); null: no walk is kept back. */
  readonly hopsFrom: number | null;
}

export interface AskedView {
  /** The construction step shown. */
  readonly step: number;
  /**
   * For a packet stop: the walk hop shown (the explorer walk's numbering), the last one before
   * the deciding hop; null when the packet is not sent yet (the very first hop decides).
   */
  readonly hop: number | null;
  /** The element selected (never the answer's or the proof's own element), and its artifact. */
  readonly select: string | null;
  readonly artifact: string | null;
  readonly withheld: AskedWithheld;
}

/**
 * The first hop (the stop direction's numbering) whose view shows the answer: the stop's own hop
 * or the hop that proves the answer, whichever comes first (1 when neither names one).
 */
export function decidingHop(stop: ResolvedStop): number {
  const proof = stop.question?.proof.hop;
  const candidates = [stop.packet?.hop, proof].filter((h): h is number => typeof h === 'number');
  return candidates.length > 0 ? Math.min(...candidates) : 1;
}

/**
 * The element the stop selects, unless it is what the answer points at, or the stop shows the
 * deciding step itself: what that step changed is what the stop selects (node-c's spec, with the
 * refused route's event), and its artifacts would tell the story the narration keeps back.
 */
function askedSelection(stop: ResolvedStop): string | null {
  const question = stop.question;
  if (!question || stop.select === null) return stop.select;
  // A click question selects nothing: a click on any element, the stop's own one included (a
  // node box), changes the selection and so answers.
  if (question.kind === 'click') return null;
  if (question.proof.step === stop.step) return null;
  return stop.select === question.proof.element ? null : stop.select;
}

/** The first construction step kept back while a step stop's question waits. */
function keptStepsFrom(stop: ResolvedStop): number {
  const question = stop.question;
  if (question?.ownStepTells) return stop.step;
  return Math.min(stop.step + 1, question?.proof.step ?? Number.POSITIVE_INFINITY);
}

/** The view a stop's question is asked in, or null when the stop asks nothing. */
export function askedView(stop: ResolvedStop): AskedView | null {
  const question = stop.question;
  if (!question) return null;
  const packet = stop.packet;
  if (packet) {
    const deciding = walkHopNumber(packet, decidingHop(stop));
    return {
      step: stop.step,
      hop: deciding > 1 ? deciding - 1 : null,
      select: null,
      artifact: null,
      withheld: { stepsFrom: stop.step + 1, hopsFrom: deciding },
    };
  }
  const select = askedSelection(stop);
  return {
    step: stop.step,
    hop: null,
    select,
    artifact: select === null ? null : stop.artifact,
    withheld: { stepsFrom: keptStepsFrom(stop), hopsFrom: null },
  };
}

/**
 * Whether the learner has gone past what the question keeps back, on their own (the next step,
 * Play, the next hop, a packet sent): then the view shows what they went to, as it is.
 */
export function passedAsked(asked: AskedView, step: number, hop: number): boolean {
  const { stepsFrom, hopsFrom } = asked.withheld;
  if (step > asked.step && step >= stepsFrom) return true;
  return hopsFrom !== null && hop >= hopsFrom;
}
