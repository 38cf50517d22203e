/**
 * The embed's postMessage API (README, "Embedding"): what a host page may send, and what the
 * embed sends back. Pure: `readHostMessage` takes whatever arrived in `event.data` and says
 * whether to ignore it, answer it with an error, or act on it. It reads own properties only and
 * copies nothing, so keys such as "__proto__" are just unknown keys.
 */
import * as v from 'valibot';
import {
  closedObject,
  firstProblem,
  isPlainObject,
  PRESET_NAMES,
  parseScenario,
  type Scenario,
} from '../../engine/index.ts';
import { endpointField, wholeField } from './message-fields.ts';

/** Every message of the API has a `type` starting with this; others are not for PodPath. */
export const MESSAGE_PREFIX = 'podpath:';
/** A scenario sent as JSON text may be this long (the engine's own limit is higher). */
export const MAX_SCENARIO_TEXT = 16_000_000;
export const MAX_STEP = 10_000_000;
export const MAX_HOP = 10_000;

/** A message of one type: exactly these fields, each refused with a sentence naming it. */
function message<const T extends string, const E extends v.ObjectEntries>(
  type: T,
  entries: E,
  missing: Readonly<Record<string, string>>,
) {
  const keys = Object.keys(entries);
  return closedObject(
    { type: v.literal(type), ...entries },
    {
      what: 'a message',
      missing: (key) => missing[key] ?? `${key} is missing`,
      unknownKey: (key) =>
        `unknown key ${JSON.stringify(key.slice(0, 60))} in ${type}; it takes ${keys.join(', ')}`,
    },
  );
}

const PRESET_PROBLEM = `preset must be one of ${PRESET_NAMES.join(', ')}`;

const MESSAGES = {
  // The scenario itself is read by parseScenario, with its own paths (readScenario).
  'podpath:set-scenario': message(
    'podpath:set-scenario',
    { scenario: v.unknown() },
    { scenario: 'set-scenario needs a scenario (an object, or JSON text)' },
  ),
  'podpath:set-preset': message(
    'podpath:set-preset',
    { preset: v.picklist(PRESET_NAMES, PRESET_PROBLEM) },
    { preset: PRESET_PROBLEM },
  ),
  'podpath:set-step': message(
    'podpath:set-step',
    { step: wholeField('step', MAX_STEP) },
    { step: 'step must be a number, but this is undefined' },
  ),
  'podpath:set-trace': message(
    'podpath:set-trace',
    { from: endpointField('from'), to: endpointField('to'), hop: v.optional(wholeField('hop', MAX_HOP)) },
    {
      from: 'from must be a string, but this is undefined',
      to: 'to must be a string, but this is undefined',
    },
  ),
} as const;

type MessageType = keyof typeof MESSAGES;
type Read<T extends MessageType> = v.InferOutput<(typeof MESSAGES)[T]>;

export type HostMessage =
  | { readonly type: 'podpath:set-scenario'; readonly scenario: Scenario; readonly file: unknown }
  | Readonly<Read<'podpath:set-preset'>>
  | Readonly<Read<'podpath:set-step'>>
  | Readonly<Read<'podpath:set-trace'>>;

export interface ErrorEvent {
  readonly type: 'podpath:error';
  readonly message: string;
  readonly path?: string;
}

export type EmbedEvent =
  | { readonly type: 'podpath:ready'; readonly step: number; readonly total: number }
  | { readonly type: 'podpath:step-changed'; readonly step: number; readonly total: number }
  | ErrorEvent;

export type Inbound =
  | { readonly kind: 'ignored' }
  | { readonly kind: 'invalid'; readonly error: ErrorEvent }
  | { readonly kind: 'valid'; readonly message: HostMessage };

export function errorEvent(message: string, path?: string): ErrorEvent {
  const text = message.length > 500 ? `${message.slice(0, 500)}…` : message;
  return path === undefined
    ? { type: 'podpath:error', message: text }
    : { type: 'podpath:error', message: text, path };
}

function invalid(message: string, path?: string): Inbound {
  return { kind: 'invalid', error: errorEvent(message, path) };
}

/** Sorts out one incoming `event.data`. Never throws. */
export function readHostMessage(data: unknown): Inbound {
  try {
    return readUnguarded(data);
  } catch {
    // Structured-cloned data has no getters or proxies; only a direct caller can get here.
    return invalid('the message could not be read as plain data');
  }
}

function readUnguarded(data: unknown): Inbound {
  if (!isPlainObject(data)) return { kind: 'ignored' };
  const type = Object.hasOwn(data, 'type') ? data.type : undefined;
  if (typeof type !== 'string' || !type.startsWith(MESSAGE_PREFIX)) return { kind: 'ignored' };
  if (!Object.hasOwn(MESSAGES, type)) {
    const shown = JSON.stringify(type.length > 60 ? `${type.slice(0, 60)}…` : type);
    return invalid(
      `unknown message type ${shown}; an embed accepts ${Object.keys(MESSAGES).join(', ')}`,
      'type',
    );
  }
  const read = v.safeParse(MESSAGES[type as MessageType], data, { abortEarly: true });
  if (!read.success) {
    // Fields are one level deep: the path is the field's key as sent.
    const [issue] = read.issues;
    return invalid(issue.message, issue.path?.map((step) => String(step.key)).join('.'));
  }
  const message = read.output;
  if (message.type === 'podpath:set-scenario') return readScenario(message.scenario);
  return { kind: 'valid', message };
}

function readScenario(value: unknown): Inbound {
  if (typeof value === 'string' && value.length > MAX_SCENARIO_TEXT) {
    return invalid(
      `the scenario is ${value.length} characters long; at most ${MAX_SCENARIO_TEXT}`,
      'scenario',
    );
  }
  if (typeof value !== 'string' && !isPlainObject(value)) {
    return invalid('the scenario must be an object, or JSON text', 'scenario');
  }
  const result = parseScenario(value);
  if (!result.ok) {
    const { path, text } = firstProblem(result.errors);
    return invalid(text, path !== '(root)' ? `scenario.${path}` : 'scenario');
  }
  return {
    kind: 'valid',
    message: { type: 'podpath:set-scenario', scenario: result.scenario, file: result.file },
  };
}
