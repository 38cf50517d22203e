/**
 * JSON.parse of a scenario's text with its `pods` list read by a scanner of its own: 150,000
 * pods are ~9 MB of a large scenario's text, and JSON.parse makes every pod's strings, object
 * and containers list through its general path (~200 ms on the 2-core machine; this, ~50 ms).
 * The scanner reads only the usual shape — each pod `{"name": "…", "node": "…"}` with maybe
 * `"containers": […]` last, strings without escapes or control characters — and gives up on
 * anything else, and then the whole text goes to JSON.parse: the value is always the one
 * JSON.parse gives (pods-text.test.ts), bar one thing no reader sees: pods written with the same
 * containers list (text for text) share one array.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** The text's value as JSON.parse gives it; throws what JSON.parse throws. */
export function parseJsonText(text: string): unknown {
  return withScannedPods(text) ?? JSON.parse(text);
}

/**
 * The value with its pods scanned, or undefined for JSON.parse to read all of it: the text has
 * an escape anywhere (a key could then be spelt `"po\u0064s"`), `"pods"` more than once, or
 * pods the scanner does not read; or the text is not JSON (JSON.parse words the reason).
 */
function withScannedPods(text: string): Record<string, unknown> | undefined {
  if (text.indexOf('\\') !== -1) return undefined;
  const key = text.indexOf('"pods"');
  if (key === -1 || text.indexOf('"pods"', key + 1) !== -1) return undefined;
  let at = skipSpace(text, key + 6);
  if (text.charCodeAt(at) !== COLON) return undefined;
  at = skipSpace(text, at + 1);
  const scanned = scanPods(text, at);
  if (!scanned) return undefined;
  // The rest of the file, with a placeholder where the list was: a small text.
  let root: unknown;
  try {
    root = JSON.parse(`${text.slice(0, at)}0${text.slice(scanned.end)}`);
  } catch {
    return undefined;
  }
  // `"pods"` named a key of the file itself only if the placeholder is the file's pods.
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return undefined;
  const file = root as Record<string, unknown>;
  if (file.pods !== 0) return undefined;
  file.pods = scanned.pods;
  return file;
}

interface Scanned {
  readonly pods: object[];
  /** Where the list's text ends (after its `]`). */
  readonly end: number;
}

function skipSpace(text: string, at: number): number {
  let c = text.charCodeAt(at);
  // JSON's whitespace: space, tab, line feed, carriage return.
  while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++at);
  return at;
}

/** The list of pods starting at `at`, or undefined where it is not in the usual shape. */
function scanPods(text: string, at: number): Scanned | undefined {
  if (text.charCodeAt(at) !== OPEN_LIST) return undefined;
  const pods: object[] = [];
  at = skipSpace(text, at + 1);
  if (text.charCodeAt(at) === CLOSE_LIST) return { pods, end: at + 1 };
  // The last containers list read, as text and as value: most pods repeat it.
  let containersText = '';
  let containers: unknown;
  for (;;) {
    if (text.charCodeAt(at) !== OPEN_OBJECT) return undefined;
    at = keyAt(text, skipSpace(text, at + 1), '"name"');
    const name = stringAt(text, at);
    if (name === undefined) return undefined;
    at = skipSpace(text, at + name.length + 2);
    if (text.charCodeAt(at) !== COMMA) return undefined;
    at = keyAt(text, skipSpace(text, at + 1), '"node"');
    const node = stringAt(text, at);
    if (node === undefined) return undefined;
    at = skipSpace(text, at + node.length + 2);
    if (text.charCodeAt(at) === COMMA) {
      at = keyAt(text, skipSpace(text, at + 1), '"containers"');
      if (text.charCodeAt(at) !== OPEN_LIST) return undefined;
      // No escapes: the list's first `]` closes it, or the text is not a list of names.
      const close = text.indexOf(']', at);
      if (close === -1) return undefined;
      const length = close + 1 - at;
      if (length !== containersText.length || !text.startsWith(containersText, at)) {
        containersText = text.slice(at, close + 1);
        try {
          containers = JSON.parse(containersText);
        } catch {
          return undefined;
        }
      }
      at = skipSpace(text, close + 1);
      if (text.charCodeAt(at) !== CLOSE_OBJECT) return undefined;
      pods.push({ name, node, containers });
    } else {
      if (text.charCodeAt(at) !== CLOSE_OBJECT) return undefined;
      pods.push({ name, node });
    }
    at = skipSpace(text, at + 1);
    const next = text.charCodeAt(at);
    if (next === CLOSE_LIST) return { pods, end: at + 1 };
    if (next !== COMMA) return undefined;
    at = skipSpace(text, at + 1);
  }
}

/**
 * Where the value after `key` and its colon starts, or -1 (no value starts there) when the text
 * at `at` is not that key.
 */
function keyAt(text: string, at: number, key: string): number {
  if (!text.startsWith(key, at)) return -1;
  at = skipSpace(text, at + key.length);
  return text.charCodeAt(at) === COLON ? skipSpace(text, at + 1) : -1;
}

/** The string starting at `at` (no escapes in the text), or undefined where none does. */
function stringAt(text: string, at: number): string | undefined {
  if (at < 0 || text.charCodeAt(at) !== QUOTE) return undefined;
  const end = text.indexOf('"', at + 1);
  if (end === -1) return undefined;
  // JSON refuses control characters in a string.
  for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) < 0x20) return undefined;
  return text.slice(at + 1, end);
}
