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
import { isObject, isPlainObject, type JsonObject, kindOf, quote } from './json-value.ts';
import { ROOT_PATH } from './limits.ts';

export { isObject, isPlainObject, type JsonObject, kindOf, quote };

export type Issue = v.BaseIssue<unknown>;

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

const typeIssue = (input: unknown, message: string, type = 'type'): Issue => ({
  kind: 'schema',
  type,
  input,
  expected: null,
  received: kindOf(input),
  message,
});

function fail<T>(dataset: v.UnknownDataset, issue: Issue): v.OutputDataset<T, Issue> {
  return { typed: false, value: dataset.value, issues: [issue] };
}

/** The sentence for a field that must be a string. */
export function stringProblem(issue: Issue): string {
  return `must be a string, but this is ${kindOf(issue.input)}`;
}

/** A string field. */
export function text() {
  return v.string(stringProblem);
}

/** A string field of at most `max` characters. */
export function textUpTo(max: number) {
  return v.pipe(
    text(),
    v.maxLength(
      max,
      (issue) => `is ${(issue.input as string).length} characters long; at most ${max} are allowed`,
    ),
  );
}

/** A whole number from `min` to `max`; `meaning` explains the range in the sentence. */
export function wholeNumber(min: number, max: number, meaning: string) {
  const problem = (issue: Issue) => {
    const value = issue.input;
    if (typeof value === 'string' && /^\d{1,9}$/.test(value)) {
      return `must be a number, but this is the string ${quote(value)}; write ${value} without quotes`;
    }
    if (typeof value !== 'number') return `must be a number, but this is ${kindOf(value)}`;
    return `${value} is not allowed: ${meaning}`;
  };
  return v.pipe(v.number(problem), v.integer(problem), v.minValue(min, problem), v.maxValue(max, problem));
}

export function trueOrFalse() {
  return v.boolean((issue) => `must be true or false, but this is ${kindOf(issue.input)}`);
}

/** One of `options`; `wrong` is the sentence for a string that is none of them. */
export function oneOf<const T extends readonly [string, ...string[]]>(
  options: T,
  wrong: (value: string) => string,
) {
  return v.picklist(options, (issue) =>
    typeof issue.input === 'string' ? wrong(issue.input) : stringProblem(issue),
  );
}

export interface ObjectTexts {
  /** Names the object in a type error: "the VPC", "a node". */
  readonly what: string;
  /** The sentence for a required key that is missing. */
  readonly missing: (key: string) => string;
  /** The sentence for a key the object may not have (by default, with a near miss). */
  readonly unknownKey?: (key: string, allowed: readonly string[]) => string;
}

/** `missing` sentences "is missing; HINT", by key. */
export function missingHints(hints: Readonly<Record<string, string>>): (key: string) => string {
  return (key) => `is missing; ${Object.hasOwn(hints, key) ? hints[key] : 'it is required'}`;
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
  const missing = (issue: Issue) => texts.missing(String(issue.path?.at(-1)?.key));
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
          typeIssue(input, `${texts.what} must be an object ({ … }), but this is ${kindOf(input)}`),
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
  readonly what: string;
  readonly max?: number;
  /** The sentence for an empty list, when a list may not be empty. */
  readonly empty?: string;
  /** The sentence for a value that is not an array, instead of the usual one. */
  readonly notArray?: (value: unknown) => string;
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
          `must be an array ([ … ]) of ${texts.what}, but this is ${kindOf(input)}`;
        return fail(dataset, typeIssue(input, sentence));
      }
      if (texts.max !== undefined && input.length > texts.max) {
        const sentence = `has ${input.length} ${texts.what}; the engine accepts at most ${texts.max}`;
        return fail(dataset, typeIssue(input, sentence, 'max_length'));
      }
      if (input.length === 0 && texts.empty !== undefined) {
        return fail(dataset, typeIssue(input, texts.empty, EMPTY_LIST));
      }
      // Item by item, skipping holes (never in JSON) as forEach would; a plain loop, since
      // lists run to 150,000 pods.
      const value: unknown[] = [];
      const issues: Issue[] = [];
      const run = item['~run'];
      for (let key = 0; key < input.length; key++) {
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
function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const near = nearestKey(key, allowed);
  const hint = near
    ? `; did you mean "${near}"?`
    : allowed.length > 0
      ? `; the keys allowed here are ${allowed.join(', ')}`
      : '';
  return `unknown key ${quote(key)}${hint}`;
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
