/**
 * The editor's draft: the JSON text and, when it parses, the document the form edits; both
 * validated as the user types. The draft is never the scenario shown: only a valid one is
 * applied, so the diagram keeps the last good scenario meanwhile.
 */
import { type ParseResult, parseScenario } from '../../engine/index.ts';

export interface Draft {
  /** The text of the JSON view. */
  readonly text: string;
  /** The parsed text; undefined when the text is not JSON (the form then waits for a fix). */
  readonly doc: unknown;
  readonly result: ParseResult;
}

/** A draft from a document (a file, or the form's last edit), shown as indented JSON. */
export function draftFromDoc(doc: unknown): Draft {
  return { text: JSON.stringify(doc, null, 2), doc, result: parseScenario(doc) };
}

/** A draft from text typed in the JSON view. */
export function draftFromText(text: string): Draft {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    doc = undefined;
  }
  return { text, doc, result: parseScenario(text) };
}
