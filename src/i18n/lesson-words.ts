/**
 * A lesson's own words in another language (src/lessons/catalog/ holds the English), stop by stop
 * in the lesson's order, with the same `{tokens}` (lessons/template.ts): the player fills them in
 * from the lesson's world as it does the English (lessons/ui/lesson-in-language.ts).
 */
export interface LessonWords {
  readonly title: string;
  readonly summary: string;
  readonly stops: readonly StopWords[];
}

export interface StopWords {
  readonly title: string;
  readonly narration: string;
  readonly question?: { readonly prompt: string; readonly explanation: string };
}
