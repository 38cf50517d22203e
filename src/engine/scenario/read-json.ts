/**
 * Valibot pieces for reading untrusted JSON the PodPath way: every problem has a path
 * (`nodes[2].ip`) and one sentence. Objects are read by their own properties only, refuse
 * arrays, and report every unknown key (with a near miss) before their fields; lists check their
 * type and length before their items. Nothing is copied into a prototype, so keys such as
 * "__proto__" are just unknown keys.
 *
 * `closedObject` and `boundedList` keep valibot's own schema objects (so types and JSON Schema
 * come from them) and only replace how they read, in the one place where valibot's reading
 * differs from PodPath's reports.
 */
import * as v from 'valibot';
import { fileShape } from '../messages/en/fileShape.ts';
import { english, type Message, message, type Text } from '../messages/message.ts';
import { isObject, isPlainObject, type JsonObject, kindOf, quote } from './json-value.ts';
import { MAX_ERRORS, ROOT_PATH } from './limits.ts';

export { isObject, isPlainObject, type JsonObject, kindOf, quote };

/** A problem valibot found; `reason`, its sentence as a message (valibot's `message` is its English). */
export type Issue = v.BaseIssue<unknown> & { reason?: Text };

/**
 * A sentence for valibot: kept as a message on the issue (`reason`, read by parse.ts), given to
 * valibot in English (its `message`, what the embed's API and the tests read).
 */
export function said(issue: Issue, reason: Text): string {
  issue.reason = reason;
  return english(reason);
}

/** "a string ("x")", "an array", "null"… as a message, for type errors. */
export function kindText(value: unknown): Message {
  if (value === null) return message(fileShape, 'kindNull');
  if (Array.isArray(value)) return message(fileShape, 'kindArray');
  switch (typeof value) {
    case 'string':
      return message(fileShape, 'kindString', { value: quote(value, 20) });
    case 'number':
      return message(fileShape, 'kindNumber', { value: String(value) });
    case 'boolean':
      return message(fileShape, 'kindBoolean', { value: String(value) });
    case 'object':
      return message(fileShape, 'kindObject');
    case 'undefined':
      return message(fileShape, 'kindUndefined');
    default:
      return message(fileShape, 'kindOther', { type: typeof value });
  }
}

/** `a.b` for a plain key, `a["odd key"]` (escaped, shortened) for anything else. */
export function keyPath(base: string, key: string): string {
  if (/^[A-Za-z_$][\w$]{0,39}$/.test(key)) return base ? `${base}.${key}` : key;
  return `${base}[${quote(key)}]`;
}

export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/** The path of an issue as PodPath writes it (`nodes[2].ip`), or `(root)`. */
export function issuePath(issue: Issue): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path = typeof key === 'number' ? indexPath(path, key) : keyPath(path, String(key));
  }
  return path || ROOT_PATH;
}

const typeIssue = (input: unknown, reason: Text, type = 'type'): Issue => ({
  kind: 'schema',
  type,
  input,
  expected: null,
  received: kindOf(input),
  message: english(reason),
  reason,
});

function fail<T>(dataset: v.UnknownDataset, issue: Issue): v.OutputDataset<T, Issue> {
  return { typed: false, value: dataset.value, issues: [issue] };
}

/** The sentence for a field that must be a string. */
export function stringProblem(issue: Issue): string {
  return said(issue, message(fileShape, 'notString', { kind: kindText(issue.input) }));
}

/** A string field. */
export function text() {
  return v.string(stringProblem);
}

/** A string field of at most `max` characters. */
export function textUpTo(max: number) {
  return v.pipe(
    text(),
    v.maxLength(max, (issue) =>
      said(issue, message(fileShape, 'tooLong', { length: (issue.input as string).length, max })),
    ),
  );
}

/** A whole number from `min` to `max`; `meaning` explains the range in the sentence. */
export function wholeNumber(min: number, max: number, meaning: Message) {
  const problem = (issue: Issue) => {
    const value = issue.input;
    if (typeof value === 'string' && /^\d{1,9}$/.test(value)) {
      return said(issue, message(fileShape, 'numberInQuotes', { quoted: quote(value), value }));
    }
    if (typeof value !== 'number') {
      return said(issue, message(fileShape, 'notNumber', { kind: kindText(value) }));
    }
    return said(issue, message(fileShape, 'numberOutOfRange', { value, meaning }));
  };
  return v.pipe(v.number(problem), v.integer(problem), v.minValue(min, problem), v.maxValue(max, problem));
}

export function trueOrFalse() {
  return v.boolean((issue) => said(issue, message(fileShape, 'notBoolean', { kind: kindText(issue.input) })));
}

/** One of `options`; `wrong` is the sentence for a string that is none of them. */
export function oneOf<const T extends readonly [string, ...string[]]>(
  options: T,
  wrong: (value: string) => Message,
) {
  return v.picklist(options, (issue) =>
    typeof issue.input === 'string' ? said(issue, wrong(issue.input)) : stringProblem(issue),
  );
}

export interface ObjectTexts {
  /** Names the object in a type error: "the VPC", "a node". */
  readonly what: Text;
  /** The sentence for a required key that is missing. */
  readonly missing: (key: string) => Text;
  /** The sentence for a key the object may not have (by default, with a near miss). */
  readonly unknownKey?: (key: string, allowed: readonly string[]) => Text;
}

/** `missing` sentences "is missing; HINT", by key. */
export function missingHints(hints: Readonly<Record<string, Message>>): (key: string) => Message {
  return (key) =>
    message(fileShape, 'missing', {
      hint: Object.hasOwn(hints, key) ? (hints[key] as Message) : message(fileShape, 'required'),
    });
}

/**
 * An object with exactly these keys. Refuses anything but a JSON object, reports every unknown
 * own key first, then reads each known own key (a key whose value is undefined is missing).
 * `fast`, for the items of long lists: reads the usual valid shape straight to the value the
 * schema would give, or returns undefined to leave the object to the schema (and its sentences).
 */
export function closedObject<const E extends v.ObjectEntries>(
  entries: E,
  texts: ObjectTexts,
  fast?: (input: JsonObject) => v.InferOutput<v.StrictObjectSchema<E, undefined>> | undefined,
) {
  const allowed = Object.keys(entries);
  const missing = (issue: Issue) => said(issue, texts.missing(String(issue.path?.at(-1)?.key)));
  const unknownKey = texts.unknownKey ?? unknownKeyMessage;
  const schema = v.strictObject(entries, missing);
  const run = schema['~run'];
  const read: typeof schema = {
    ...schema,
    '~run'(dataset, config) {
      const input = dataset.value;
      if (fast && isPlainObject(input)) {
        const value = fast(input);
        if (value !== undefined) return { typed: true, value } as never;
      }
      if (!isObject(input)) {
        return fail(
          dataset,
          typeIssue(
            input,
            message(fileShape, 'notObject', { what: texts.what, example: '{ … }', kind: kindText(input) }),
          ),
        );
      }
      const unknown: Issue[] = [];
      const keys = Object.keys(input);
      // valibot reads `key in input`: give it only the own, defined, known keys (a plain JSON
      // object with none else, the usual case, is read as it is).
      let plain = isPlainObject(input);
      for (const key of keys) {
        if (Object.hasOwn(entries, key)) {
          if (input[key] === undefined) plain = false;
          continue;
        }
        plain = false;
        const issue = typeIssue(key, unknownKey(key, allowed), UNKNOWN_KEY);
        unknown.push({ ...issue, path: [{ type: 'object', origin: 'key', input, key, value: input[key] }] });
      }
      const known: Record<string, unknown> = plain ? input : Object.create(null);
      if (!plain)
        for (const key of keys)
          if (Object.hasOwn(entries, key) && input[key] !== undefined) known[key] = input[key];
      const result = run.call(schema, { value: known }, config);
      if (unknown.length === 0) return result;
      return { typed: false, value: result.value, issues: [...unknown, ...(result.issues ?? [])] } as never;
    },
  };
  return read;
}

export interface ListTexts {
  /** The items in the plural: "nodes", "custom routes". */
  readonly what: Message;
  readonly max?: number;
  /** The sentence for an empty list, when a list may not be empty. */
  readonly empty?: Message;
  /** The sentence for a value that is not an array, instead of the usual one. */
  readonly notArray?: (value: unknown) => Message;
}

/** The type of the issue for a key an object may not have. */
export const UNKNOWN_KEY = 'unknown_key';

/** Issues of this type leave the list in place for later checks (an empty list is still a list). */
export const EMPTY_LIST = 'empty_list';

/** An array of `item`: its type, then its length (items are not read past it), then each item. */
export function boundedList<const T extends v.GenericSchema>(item: T, texts: ListTexts) {
  const lengths = {
    ...(texts.empty !== undefined ? { minItems: 1 } : {}),
    ...(texts.max !== undefined ? { maxItems: texts.max } : {}),
  };
  const array = v.array(item);
  const schema = v.pipe(array, v.metadata(lengths));
  const read: typeof schema = {
    ...schema,
    '~run'(dataset, config) {
      const input = dataset.value;
      if (!Array.isArray(input)) {
        const sentence =
          texts.notArray?.(input) ??
          message(fileShape, 'notArray', { what: texts.what, kind: kindText(input) });
        return fail(dataset, typeIssue(input, sentence));
      }
      if (texts.max !== undefined && input.length > texts.max) {
        const sentence = message(fileShape, 'tooMany', {
          count: input.length,
          what: texts.what,
          max: texts.max,
        });
        return fail(dataset, typeIssue(input, sentence, 'max_length'));
      }
      if (input.length === 0 && texts.empty !== undefined) {
        return fail(dataset, typeIssue(input, texts.empty, EMPTY_LIST));
      }
      // Item by item, skipping holes (never in JSON) as forEach would; a plain loop, since
      // lists run to 150,000 pods. Past MAX_ERRORS problems the rest is not read: the problems
      // shown are the first MAX_ERRORS in reading order, and those are all in the items read.
      const value: unknown[] = [];
      const issues: Issue[] = [];
      const run = item['~run'];
      for (let key = 0; key < input.length && issues.length <= MAX_ERRORS; key++) {
        if (!(key in input)) continue;
        const element: unknown = input[key];
        const read = run.call(item, { value: element }, config);
        if (read.issues) {
          for (const issue of read.issues) {
            const step = { type: 'array', origin: 'value', input, key, value: element } as const;
            issues.push({ ...issue, path: [step, ...(issue.path ?? [])] });
          }
        }
        value[key] = read.value;
      }
      return (issues.length > 0 ? { typed: false, value, issues } : { typed: true, value }) as never;
    },
  };
  return read;
}

/** Reports every key of `obj` that is not in `allowed`, suggesting a near miss when there is one. */
function unknownKeyMessage(key: string, allowed: readonly string[]): Message {
  const near = nearestKey(key, allowed);
  if (near) return message(fileShape, 'unknownKeyNear', { key: quote(key), near });
  if (allowed.length > 0)
    return message(fileShape, 'unknownKeyAllowed', { key: quote(key), allowed: allowed.join(', ') });
  return message(fileShape, 'unknownKey', { key: quote(key) });
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

/**
 * What a schema could read of a value: the same shape, with every part that had a problem left
 * out (undefined), so that later passes check only what was read.
 */
export type Draft<T> = T extends readonly (infer U)[]
  ? readonly (Draft<U> | undefined)[]
  : T extends object
    ? { readonly [K in keyof T]?: Draft<T[K]> }
    : T;

export type ReadResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly [] }
  | { readonly ok: false; readonly value: Draft<T> | undefined; readonly issues: readonly Issue[] };

/**
 * Reads `value` with `schema`: the value with its defaults applied, or every problem found and
 * the draft of what could be read. Problems in one pipe stop at the first (one per field).
 */
export function readWith<S extends v.GenericSchema>(schema: S, value: unknown): ReadResult<v.InferOutput<S>> {
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output, issues: [] };
  let draft: unknown = result.output;
  for (const issue of result.issues) {
    const path = issue.path ?? [];
    const last = path.at(-1);
    if (issue.type === EMPTY_LIST || last?.origin === 'key') continue;
    if (!last) {
      draft = undefined;
      continue;
    }
    let parent: unknown = draft;
    for (const item of path.slice(0, -1))
      parent = isObjectOrArray(parent) ? parent[item.key as never] : undefined;
    if (isObjectOrArray(parent))
      (parent as Record<PropertyKey, unknown>)[last.key as PropertyKey] = undefined;
  }
  return { ok: false, value: draft as Draft<v.InferOutput<S>> | undefined, issues: result.issues };
}

function isObjectOrArray(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Whether the own property at `keys` of a raw JSON value was written (is not undefined). */
export function written(value: unknown, ...keys: readonly (string | number)[]): boolean {
  let at = value;
  for (const key of keys) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at !== undefined;
}
