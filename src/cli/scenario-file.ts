import {
  decodeInput,
  PRESET_NAMES,
  PRESETS,
  type PresetName,
  parseScenario,
  type Scenario,
  tooLargeReason,
} from '../engine/index.ts';
import type { CliIo } from './io.ts';

export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly lines: readonly string[] };

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EFBIG: tooLargeReason(),
};

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && Object.hasOwn(FS_REASONS, code)) return FS_REASONS[code] as string;
  return error instanceof Error ? error.message : String(error);
}

/** The scenario file's path as the user sees it (`-` is standard input). */
export function fileLabel(path: string): string {
  return path === '-' ? 'standard input' : path;
}

/** A built-in preset named as `preset:NAME` instead of a file. */
function readPreset(name: string): LoadResult {
  if (!(PRESET_NAMES as readonly string[]).includes(name)) {
    return { ok: false, lines: [`unknown preset "${name}"; the presets are ${PRESET_NAMES.join(', ')}`] };
  }
  const result = parseScenario(PRESETS[name as PresetName]);
  if (result.ok) return { ok: true, scenario: result.scenario };
  return { ok: false, lines: result.errors.map((e) => `${e.path}: ${e.message}`) };
}

/**
 * Reads and parses a scenario file (`-` = standard input, `preset:NAME` = a built-in preset). On failure, the lines to print: one
 * `path: message` per scenario error, or one sentence when the file cannot be read.
 */
export async function readScenarioFile(path: string, io: CliIo): Promise<LoadResult> {
  if (path.startsWith('preset:')) return readPreset(path.slice('preset:'.length));
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(path);
  } catch (error) {
    return { ok: false, lines: [`cannot read ${fileLabel(path)}: ${describeReadError(error)}`] };
  }
  const input = decodeInput(bytes);
  if (!input.ok) return { ok: false, lines: [`cannot read ${fileLabel(path)}: ${input.reason}`] };
  const result = parseScenario(input.text);
  if (result.ok) return { ok: true, scenario: result.scenario };
  return { ok: false, lines: result.errors.map((e) => `${e.path}: ${e.message}`) };
}
