/**
 * What the engine says in words (docs/i18n.md): a message of one of the engine's English catalogs
 * (messages/en/PART.ts), its id and its parameters. The engine reads its messages in English (the
 * CLI, the golden files); the view formats the same id in the page's language
 * (i18n/zh-CN/engine/). A message carries its English template, so each catalog part loads with
 * the code that says it (a part loaded on demand brings its words along).
 */
import type { EngineMessageId } from './en/index.ts';
import { format, type Params } from './format.ts';

export interface Message {
  readonly id: EngineMessageId;
  /** The English template of `id`. */
  readonly en: string;
  readonly params: MessageParams;
}

/**
 * A message's parameters: values, or messages said in the same language (a noun such as "a
 * node", a value's kind such as "a number (3)").
 */
export type MessageParams = Readonly<Record<string, string | number | Message>>;

/**
 * A text of the engine: a message, or English words not yet moved into the catalogs (their count
 * only goes down: i18n/untranslated.test.ts).
 */
export type Text = string | Message;

const NO_PARAMS: MessageParams = Object.freeze({});

/** Message `id` of the English catalog part `part`, with its parameters. */
export function message<P extends Readonly<Record<string, string>>>(
  part: P,
  id: keyof P & EngineMessageId,
  params: MessageParams = NO_PARAMS,
): Message {
  return { id, en: part[id] as string, params };
}

/**
 * A text in a language: `template` gives a message's template in it (its parameters that are
 * messages are said the same way first).
 */
export function sayIn(text: Text, template: (message: Message) => string, locale: string): string {
  if (typeof text === 'string') return text;
  let params: Params = text.params as Params;
  for (const key in text.params) {
    const value = text.params[key];
    if (typeof value === 'object') params = { ...params, [key]: sayIn(value, template, locale) };
  }
  return format(template(text), params, locale);
}

const englishTemplate = (m: Message) => m.en;

/** A text in English, word for word what the engine printed before its messages had ids. */
export function english(text: Text): string {
  return sayIn(text, englishTemplate, 'en');
}
