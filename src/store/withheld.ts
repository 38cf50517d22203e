/**
 * What the view keeps back while a lesson question waits for its answer (issue 13): the steps
 * and hops from the deciding one on (not listed, not narrated), and the diagram's and tables'
 * words for causes (a node's problem badges, a deleted route's row, the route notes). The lesson
 * player sets it from the question's data; the view only hides what it names.
 */
export interface Withheld {
  /** Construction steps from this one on are neither listed nor narrated. */
  readonly stepsFrom: number;
  /** Walk hops from this one on (the walk's numbering) are neither listed nor narrated; null: none. */
  readonly hopsFrom: number | null;
}

/** Whether a step (1-based) is kept back. */
export function stepWithheld(withheld: Withheld | null, step: number): boolean {
  return withheld !== null && step >= withheld.stepsFrom;
}

/** Whether a walk hop (1-based, the walk's numbering) is kept back. */
export function hopWithheld(withheld: Withheld | null, hop: number): boolean {
  return withheld?.hopsFrom != null && hop >= withheld.hopsFrom;
}
