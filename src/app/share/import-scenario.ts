/**
 * Reading a scenario file the user picked. A bad file gets one sentence naming the file, the
 * first problem's path and its reason; the scenario shown stays.
 */
import {
  decodeInput,
  firstProblem,
  loading,
  MAX_INPUT_BYTES,
  message,
  parseScenario,
  refusals,
  type Scenario,
  type Text,
} from '../../engine/index.ts';

export type ImportResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly file: unknown }
  | { readonly ok: false; readonly message: Text };

/** A file whose text is longer than this is validated in a Web Worker (about 10,000 pods). */
export const LARGE_FILE = 500_000;

/**
 * Reads and validates a picked file (anything with a name, a size and arrayBuffer()). Larger files
 * than MAX_INPUT_BYTES are refused unread; the bytes must be UTF-8, like every scenario input.
 */
export async function importScenario(
  picked: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
): Promise<ImportResult> {
  const name = JSON.stringify(picked.name.length > 60 ? `${picked.name.slice(0, 60)}…` : picked.name);
  const refuse = (why: Text): ImportResult => ({
    ok: false,
    message: message(loading, 'fileNotImported', { name, why }),
  });
  if (picked.size > MAX_INPUT_BYTES)
    return refuse(message(loading, 'fileTooLarge', { size: picked.size, max: MAX_INPUT_BYTES }));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await picked.arrayBuffer());
  } catch {
    return refuse(message(loading, 'fileUnreadable'));
  }
  const input = decodeInput(bytes);
  if (!input.ok) return refuse(input.reason);
  if (input.text.length > LARGE_FILE && typeof Worker === 'function' && typeof window !== 'undefined') {
    // Validated in the Web Worker and built a slice at a time, in the progress panel with Cancel.
    const { openLarge } = await import('../url/large-scenario.ts');
    const opened = await openLarge({ file: input.text }, 0, 'the file');
    return opened.ok ? opened : refuse(opened.message);
  }
  const result = parseScenario(input.text);
  if (!result.ok) {
    const { path, reason } = firstProblem(result.errors);
    return refuse(message(refusals, 'atPath', { path, problem: reason }));
  }
  return { ok: true, scenario: result.scenario, file: result.file };
}
