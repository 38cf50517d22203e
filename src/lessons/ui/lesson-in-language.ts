/**
 * A resolved lesson in another language: its own words from the catalog (i18n/zh-CN/lesson-texts/),
 * their `{tokens}` filled in from the lesson's world as the English ones are, and the computed
 * answers (options, the right one, the proof) said in that language. Steps, hops, options' ids
 * and proofs' places stay as the engine resolved them: only the words change.
 */
import type { LessonWords } from '../../i18n/lesson-words.ts';
import {
  fillTemplate,
  type LessonText,
  type ResolvedLesson,
  type ResolvedQuestion,
  type ResolvedStop,
} from '../index.ts';

type Say = (text: LessonText) => string;

function questionIn(
  q: ResolvedQuestion,
  words: { readonly prompt: string; readonly explanation: string } | undefined,
  fill: (text: string, fallback: string, extra?: Record<string, string>) => string,
  say: Say,
): ResolvedQuestion {
  const answerLabel = say(q.answerSaid);
  return {
    ...q,
    prompt: words ? fill(words.prompt, q.prompt) : q.prompt,
    options: q.options.map((o) => ({ ...o, label: say(o.said ?? o.label) })),
    answerLabel,
    explanation: words ? fill(words.explanation, q.explanation, { answer: answerLabel }) : q.explanation,
    proof: { ...q.proof, text: say(q.proof.said) },
  };
}

/** `lesson` in the words given (a stop without its words keeps its English ones). */
export function lessonInLanguage(lesson: ResolvedLesson, words: LessonWords, say: Say): ResolvedLesson {
  const world = lesson.construction.final;
  // A token this language's text names but the world lacks: the English text, which resolved.
  const fill = (text: string, fallback: string, extra?: Record<string, string>) => {
    const filled = fillTemplate(text, world, extra);
    return filled.ok ? filled.text : fallback;
  };
  const stops = lesson.stops.map((stop, i): ResolvedStop => {
    const own = words.stops[i];
    return {
      ...stop,
      title: own?.title ?? stop.title,
      narration: own ? fill(own.narration, stop.narration) : stop.narration,
      question: stop.question && questionIn(stop.question, own?.question, fill, say),
    };
  });
  return { ...lesson, title: words.title, summary: words.summary, stops };
}
