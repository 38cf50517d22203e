/**
 * The embed's postMessage API (README, "Embedding"): what a host page may send, and what the
 * embed sends back. Pure: `readHostMessage` takes whatever arrived in `event.data` and says
 * whether to ignore it, answer it with an error, or act on it. It reads own properties only and
 * copies nothing, so keys such as "__proto__" are just unknown keys.
 */
import { firstProblem } from '../../engine/scenario/first-problem.ts';
import { parseScenario } from '../../engine/scenario/parse.ts';
import { PRESET_NAMES, type PresetName } from '../../engine/scenario/presets.ts';
import type { Scenario } from '../../engine/scenario/types.ts';
import { readEndpoint, readWhole } from './message-fields.ts';

/** Every message of the API has a `type` starting with this; others are not for PodPath. */
export const MESSAGE_PREFIX = 'podpath:';
/** A scenario sent as JSON text may be this long (the engine's own limit is higher). */
export const MAX_SCENARIO_TEXT = 16_000_000;
export const MAX_STEP = 10_000_000;
export const MAX_HOP = 10_000;

export type HostMessage =
  | { readonly type: 'podpath:set-scenario'; readonly scenario: Scenario; readonly file: unknown }
  | { readonly type: 'podpath:set-preset'; readonly preset: PresetName }
  | { readonly type: 'podpath:set-step'; readonly step: number }
  | { readonly type: 'podpath:set-trace'; readonly from: string; readonly to: string; readonly hop?: number };

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

const KEYS = new Map<string, readonly string[]>([
  ['podpath:set-scenario', ['scenario']],
  ['podpath:set-preset', ['preset']],
  ['podpath:set-step', ['step']],
  ['podpath:set-trace', ['from', 'to', 'hop']],
]);

export function errorEvent(message: string, path?: string): ErrorEvent {
  const text = message.length > 500 ? `${message.slice(0, 500)}…` : message;
  return path === undefined
    ? { type: 'podpath:error', message: text }
    : { type: 'podpath:error', message: text, path };
}

function invalid(message: string, path?: string): Inbound {
  return { kind: 'invalid', error: errorEvent(message, path) };
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
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
  const keys = KEYS.get(type);
  if (!keys) {
    const shown = JSON.stringify(type.length > 60 ? `${type.slice(0, 60)}…` : type);
    return invalid(`unknown message type ${shown}; an embed accepts ${[...KEYS.keys()].join(', ')}`, 'type');
  }
  for (const key of Object.keys(data)) {
    if (key !== 'type' && !keys.includes(key)) {
      return invalid(
        `unknown key ${JSON.stringify(key.slice(0, 60))} in ${type}; it takes ${keys.join(', ')}`,
        key,
      );
    }
  }
  const field = (key: string) => (Object.hasOwn(data, key) ? data[key] : undefined);
  switch (type) {
    case 'podpath:set-scenario':
      return readScenario(field('scenario'));
    case 'podpath:set-preset': {
      const preset = PRESET_NAMES.find((name) => name === field('preset'));
      if (preset) return { kind: 'valid', message: { type, preset } };
      return invalid(`preset must be one of ${PRESET_NAMES.join(', ')}`, 'preset');
    }
    case 'podpath:set-step': {
      const step = readWhole(field('step'), MAX_STEP);
      if (typeof step === 'string') return invalid(`step ${step}`, 'step');
      return { kind: 'valid', message: { type, step } };
    }
    default:
      return readTrace(field('from'), field('to'), field('hop'));
  }
}

function readScenario(value: unknown): Inbound {
  if (value === undefined)
    return invalid('set-scenario needs a scenario (an object, or JSON text)', 'scenario');
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

function readTrace(from: unknown, to: unknown, hop: unknown): Inbound {
  const fromError = readEndpoint(from);
  if (fromError) return invalid(`from ${fromError}`, 'from');
  const toError = readEndpoint(to);
  if (toError) return invalid(`to ${toError}`, 'to');
  const message = { type: 'podpath:set-trace', from: from as string, to: to as string } as const;
  if (hop === undefined) return { kind: 'valid', message };
  const n = readWhole(hop, MAX_HOP);
  if (typeof n === 'string') return invalid(`hop ${n}`, 'hop');
  return { kind: 'valid', message: { ...message, hop: n } };
}
