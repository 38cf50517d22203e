/**
 * Immutable edits of a scenario document (plain JSON) at a path such as ['nodes', 2, 'ip'], and
 * the path's text as the validator writes it (`nodes[2].ip`), so that its messages find their
 * field. Nothing here mutates its input or assigns through a user-supplied key.
 */
import { isObject, type JsonObject } from '../../engine/index.ts';

export type DocPath = readonly (string | number)[];

type Json = unknown;

/** `vpc.vswitches[0].cidr`: keys joined by dots, indexes in brackets (as read-json.ts keyPath). */
export function pathText(path: DocPath): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : text ? `.${part}` : part;
  return text;
}

export function getIn(doc: Json, path: DocPath): Json {
  let value = doc;
  for (const part of path) {
    if (typeof part === 'number') value = Array.isArray(value) ? value[part] : undefined;
    else value = isObject(value) && Object.hasOwn(value, part) ? value[part] : undefined;
  }
  return value;
}

function withKey(obj: JsonObject, key: string, value: Json): Record<string, Json> {
  const copy: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k !== key)
      Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
    else if (value !== undefined)
      Object.defineProperty(copy, k, { value, enumerable: true, writable: true, configurable: true });
  }
  if (value !== undefined && !Object.hasOwn(obj, key)) {
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** The document with `value` at `path` (objects and arrays created on the way); undefined removes. */
export function setIn(doc: Json, path: DocPath, value: Json): Json {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(doc) ? [...doc] : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const obj: JsonObject = isObject(doc) ? doc : {};
  const child = setIn(Object.hasOwn(obj, head) ? obj[head] : undefined, rest, value);
  return withKey(obj, head, child);
}

function listAt(doc: Json, path: DocPath): Json[] {
  const list = getIn(doc, path);
  return Array.isArray(list) ? list : [];
}

export function appendItem(doc: Json, path: DocPath, item: Json): Json {
  return setIn(doc, path, [...listAt(doc, path), item]);
}

export function removeItem(doc: Json, path: DocPath, index: number): Json {
  return setIn(
    doc,
    path,
    listAt(doc, path).filter((_, i) => i !== index),
  );
}

/** Moves item `from` to position `to` (both clamped to the list). */
export function moveItem(doc: Json, path: DocPath, from: number, to: number): Json {
  const list = [...listAt(doc, path)];
  if (from < 0 || from >= list.length) return doc;
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [item] = list.splice(from, 1);
  list.splice(target, 0, item);
  return setIn(doc, path, list);
}
