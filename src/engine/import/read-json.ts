/**
 * Small readers over untrusted JSON (command output pasted by a user): each returns undefined
 * and records a note instead of throwing.
 */
import { clusterImport as words } from '../messages/en/clusterImport.ts';
import { english, type Message, message } from '../messages/message.ts';
import type { ImportNote, ImportSource } from './types.ts';

export type Json = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: a pasted `__proto__` key is data, never the prototype. */
export function field(obj: unknown, key: string): unknown {
  return isJsonObject(obj) && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Follows `keys` through nested objects. */
export function dig(obj: unknown, ...keys: string[]): unknown {
  let at: unknown = obj;
  for (const key of keys) at = field(at, key);
  return at;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** Collects notes for one input. */
export interface Notes {
  readonly list: ImportNote[];
  add(path: string, text: Message): void;
}

export function createNotes(source: ImportSource): Notes {
  const list: ImportNote[] = [];
  return { list, add: (path, text) => list.push({ source, path, message: english(text), text }) };
}

/** Parses JSON text (or takes a parsed value); undefined with a note when it is not JSON. */
export function parseInput(input: unknown, notes: Notes, what: Message): unknown {
  if (typeof input !== 'string') return input;
  const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : message(words, 'impNoReason');
    notes.add('', message(words, 'impNotJson', { what, reason }));
    return undefined;
  }
}
