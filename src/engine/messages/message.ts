/**
 * What the engine says in words (docs/i18n.md): a message id of the engine's English catalog
 * (messages/en/) and its parameters. The engine reads its messages in English (the CLI, the golden
 * files); the view formats the same message in the page's language (i18n/zh-CN/engine/).
 */
import { ENGINE_EN, type EngineMessageId } from './en/index.ts';
import { format, type Params } from './format.ts';

export interface Message {
  readonly id: EngineMessageId;
  readonly params: Params;
}

/**
 * A text of the engine: a message, or English words not yet moved into the catalogs (their count
 * only goes down: i18n/untranslated.test.ts).
 */
export type Text = string | Message;

const NO_PARAMS: Params = Object.freeze({});

export function message(id: EngineMessageId, params: Params = NO_PARAMS): Message {
  return { id, params };
}

/** A text in English, word for word what the engine printed before its messages had ids. */
export function english(text: Text): string {
  return typeof text === 'string' ? text : format(ENGINE_EN[text.id], text.params, 'en');
}
