/**
 * Small readers for untrusted JSON: each one checks a value's type, reports a problem with its
 * path, and returns the value or undefined. They read only own properties and never copy user
 * objects, so keys such as "__proto__" are just unknown keys.
 */

import { MAX_ERRORS, ROOT_PATH } from './limits.ts';
import type { ScenarioError } from './types.ts';

/** Collects problems; stops collecting (with a final note) past MAX_ERRORS. */
export interface Reporter {
  readonly errors: ScenarioError[];
  error(path: string, message: string): void;
}

export function createReporter(limit = MAX_ERRORS): Reporter {
  const errors: ScenarioError[] = [];
  let dropped = false;
  return {
    errors,
    error(path, message) {
      if (errors.length < limit) errors.push({ path: path || ROOT_PATH, message });
      else if (!dropped) {
        dropped = true;
        errors.push({
          path: ROOT_PATH,
          message: `more than ${limit} problems; only the first ${limit} are listed`,
        });
      }
    },
  };
}

export type JsonObject = Readonly<Record<string, unknown>>;

/** `a.b` for a plain key, `a["odd key"]` (escaped, shortened) for anything else. */
export function keyPath(base: string, key: string): string {
  if (/^[A-Za-z_$][\w$]{0,39}$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${quote(key)}]`;
}

export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** A user string made safe to show: escaped (control characters, quotes) and at most ~40 chars. */
export function quote(text: string, max = 40): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(short);
}

/** "a string", "an array", "null"… for type errors. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${quote(value, 20)})`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `a boolean (${value})`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'undefined';
    default:
      return `a ${typeof value}`;
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key`, or undefined (inherited properties never count). */
export function own(obj: JsonObject, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** Checks that `value` is an object; `what` names it in the message ("the VPC"). */
export function readObject(r: Reporter, value: unknown, path: string, what: string): JsonObject | undefined {
  if (isObject(value)) return value;
  r.error(path, `${what} must be an object ({ … }), but this is ${kindOf(value)}`);
  return undefined;
}

/**
 * Visits each item of a list that is an object, with its path (`nodes[3]`), after reporting the
 * items that are not objects (`what`: "a node") and the keys an item may not have.
 */
export function forEachObject(
  r: Reporter,
  list: readonly unknown[],
  listPath: string,
  what: string,
  keys: readonly string[],
  visit: (obj: JsonObject, at: string) => void,
): void {
  list.forEach((item, i) => {
    const at = indexPath(listPath, i);
    const obj = readObject(r, item, at, what);
    if (!obj) return;
    checkKeys(r, obj, at, keys);
    visit(obj, at);
  });
}

/** Reports every key of `obj` that is not in `allowed`, suggesting a near miss when there is one. */
export function checkKeys(r: Reporter, obj: JsonObject, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key)) continue;
    const near = nearestKey(key, allowed);
    const hint = near
      ? `; did you mean "${near}"?`
      : allowed.length > 0
        ? `; the keys allowed here are ${allowed.join(', ')}`
        : '';
    r.error(keyPath(path, key), `unknown key ${quote(key)}${hint}`);
  }
}

function nearestKey(key: string, allowed: readonly string[]): string | undefined {
  if (key.length > 32) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance; inputs are short keys, so the quadratic table is fine. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A required or optional string; `required` is the hint shown when it is missing. */
export function readString(
  r: Reporter,
  obj: JsonObject,
  key: string,
  path: string,
  opts: { required?: string; maxLength?: number } = {},
): string | undefined {
  const at = keyPath(path, key);
  const value = own(obj, key);
  if (value === undefined) {
    if (opts.required !== undefined) r.error(at, `is missing; ${opts.required}`);
    return undefined;
  }
  if (typeof value !== 'string') {
    r.error(at, `must be a string, but this is ${kindOf(value)}`);
    return undefined;
  }
  if (opts.maxLength !== undefined && value.length > opts.maxLength) {
    r.error(at, `is ${value.length} characters long; at most ${opts.maxLength} are allowed`);
    return undefined;
  }
  return value;
}

/** An optional whole number within [min, max]; `meaning` explains the range in the message. */
export function readInteger(
  r: Reporter,
  obj: JsonObject,
  key: string,
  path: string,
  range: { min: number; max: number; meaning: string },
): number | undefined {
  const at = keyPath(path, key);
  const value = own(obj, key);
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^\d{1,9}$/.test(value)) {
    r.error(at, `must be a number, but this is the string ${quote(value)}; write ${value} without quotes`);
    return undefined;
  }
  if (typeof value !== 'number') {
    r.error(at, `must be a number, but this is ${kindOf(value)}`);
    return undefined;
  }
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    r.error(at, `${value} is not allowed: ${range.meaning}`);
    return undefined;
  }
  return value;
}

export function readBoolean(r: Reporter, obj: JsonObject, key: string, path: string): boolean | undefined {
  const value = own(obj, key);
  if (value === undefined || typeof value === 'boolean') return value;
  r.error(keyPath(path, key), `must be true or false, but this is ${kindOf(value)}`);
  return undefined;
}

/** An array of at most `max` items; `required` is the hint shown when it is missing. */
export function readArray(
  r: Reporter,
  obj: JsonObject,
  key: string,
  path: string,
  opts: { max: number; what: string; required?: string },
): readonly unknown[] | undefined {
  const at = keyPath(path, key);
  const value = own(obj, key);
  if (value === undefined) {
    if (opts.required !== undefined) r.error(at, `is missing; ${opts.required}`);
    return undefined;
  }
  if (!Array.isArray(value)) {
    r.error(at, `must be an array ([ … ]) of ${opts.what}, but this is ${kindOf(value)}`);
    return undefined;
  }
  if (value.length > opts.max) {
    r.error(at, `has ${value.length} ${opts.what}; the engine accepts at most ${opts.max}`);
    return undefined;
  }
  return value;
}
