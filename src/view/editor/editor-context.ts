import { createContext, useContext } from 'react';
import type { DocPath } from './doc-path.ts';
import type { PlacedErrors } from './error-map.ts';

/** What the form's fields share: the document, its placed messages, and the ways to change it. */
export interface EditorApi {
  readonly doc: unknown;
  readonly placed: PlacedErrors;
  /** Sets the value at a path; undefined removes the key (its default then applies). */
  update(path: DocPath, value: unknown): void;
  /** Replaces the document with a function of it (list edits). */
  edit(change: (doc: unknown) => unknown): void;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error('useEditor: no EditorContext above this field');
  return api;
}

/** A DOM id for a field path (`nodes[2].ip` → `ed-nodes-2--ip`). */
export function fieldId(path: string): string {
  return `ed-${path.replace(/[^A-Za-z0-9_]/g, '-')}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}
