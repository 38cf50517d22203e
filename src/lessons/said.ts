/**
 * What the computed answers say (options, proofs) as messages of the lessons' own catalog
 * (answers/words.ts), which may hold the engine's own texts (a step's title) and numbers as
 * parameters: the player says them in the page's language, the lesson test and the English page
 * read them with `englishOf`, word for word what the answers said before they had ids.
 */
import { english, format, type Text } from '../engine/index.ts';
import { answerWords } from './answers/words.ts';

export type AnswerWordId = keyof typeof answerWords;

export interface LessonMessage {
  readonly key: AnswerWordId;
  /** The English template of `key`. */
  readonly en: string;
  readonly params: LessonParams;
}

export type LessonParams = Readonly<Record<string, LessonText | number>>;

/** A text of a lesson's answers: the engine's, or the lessons' own message. */
export type LessonText = Text | LessonMessage;

/** Message `key` of the answers' catalog, with its parameters. */
export function said(key: AnswerWordId, params: LessonParams = {}): LessonMessage {
  return { key, en: answerWords[key], params };
}

function isLessonMessage(text: LessonText): text is LessonMessage {
  return typeof text !== 'string' && 'key' in text;
}

/** How a language says the texts: a lesson message's template, the engine's texts, the plural rules. */
export interface Saying {
  template(text: LessonMessage): string;
  engine(text: Text): string;
  readonly locale: string;
}

/** A lesson text in the language `saying` speaks. */
export function sayLesson(text: LessonText, saying: Saying): string {
  if (!isLessonMessage(text)) return saying.engine(text);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params))
    params[name] = typeof value === 'number' ? value : sayLesson(value, saying);
  return format(saying.template(text), params, saying.locale);
}

const ENGLISH: Saying = { template: (text) => text.en, engine: english, locale: 'en' };

/** A lesson text in English. */
export function englishOf(text: LessonText): string {
  return sayLesson(text, ENGLISH);
}

/** The items of a list, said with the catalog's separator. */
export function listOf(items: readonly LessonText[]): LessonText {
  if (items.length === 0) return '';
  let list: LessonText = items[0] ?? '';
  for (const item of items.slice(1)) list = said('joined', { a: list, b: item });
  return list;
}
