/**
 * Reading a scenario file the user picked. A bad file gets one sentence naming the file, the
 * first problem's path and its reason; the scenario shown stays.
 */
import { firstProblem } from '../../engine/scenario/first-problem.ts';
import { parseScenario } from '../../engine/scenario/parse.ts';
import type { Scenario } from '../../engine/scenario/types.ts';

/** Larger files are refused unread (150,000 pods fit in about 15 MB). */
export const MAX_IMPORT_BYTES = 20_000_000;

export type ImportResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly file: unknown }
  | { readonly ok: false; readonly message: string };

/** Reads and validates a picked file (anything with a name, a size and text()). */
export async function importScenario(picked: Pick<File, 'name' | 'size' | 'text'>): Promise<ImportResult> {
  const name = JSON.stringify(picked.name.length > 60 ? `${picked.name.slice(0, 60)}…` : picked.name);
  const refuse = (why: string): ImportResult => ({
    ok: false,
    message: `The file ${name} was not imported: ${why}`,
  });
  if (picked.size > MAX_IMPORT_BYTES)
    return refuse(`it is ${picked.size} bytes; at most ${MAX_IMPORT_BYTES} are read`);
  let text: string;
  try {
    text = await picked.text();
  } catch {
    return refuse('it could not be read');
  }
  const result = parseScenario(text);
  if (!result.ok) {
    const { path, text: problem } = firstProblem(result.errors);
    return refuse(`${path}: ${problem}`);
  }
  return { ok: true, scenario: result.scenario, file: result.file };
}
