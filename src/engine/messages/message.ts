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
  readonly params: Params;
}

/**
 * A text of the engine: a message, or English words not yet moved into the catalogs (their count
 * only goes down: i18n/untranslated.test.ts).
 */
export type Text = string | Message;

const NO_PARAMS: Params = Object.freeze({});

/** Message `id` of the English catalog part `part`, with its parameters. */
export function message<P extends Readonly<Record<string, string>>>(
  part: P,
  id: keyof P & EngineMessageId,
  params: Params = NO_PARAMS,
): Message {
  return { id, en: part[id] as string, params };
}

/** A text in English, word for word what the engine printed before its messages had ids. */
export function english(text: Text): string {
  return typeof text === 'string' ? text : format(text.en, text.params, 'en');
}
