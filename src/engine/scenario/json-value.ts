/**
 * Plain JSON values, without the validator: what a value is (for sentences), and whether it is
 * an object. The first load uses these; read-json.ts and the schema load on demand.
 */

export type JsonObject = Readonly<Record<string, unknown>>;

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

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON object with no prototype but Object's (what JSON.parse and structured clone make). */
export function isPlainObject(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
