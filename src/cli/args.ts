import { parseArgs } from 'node:util';

/** Wrong arguments: the command line prints the message and the command's usage, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** What a command accepts: named positionals, boolean flags, options with a value. */
export interface ArgSpec {
  readonly positionals: readonly string[];
  readonly flags?: readonly string[];
  readonly options?: readonly string[];
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly options: ReadonlyMap<string, string>;
}

/**
 * Parses a command's arguments strictly: unknown options, missing values and a wrong number of
 * positionals throw UsageError. A lone `-` is a positional (standard input).
 */
export function parseCommandArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const options: Record<string, { type: 'boolean' | 'string' }> = {};
  for (const flag of spec.flags ?? []) options[flag] = { type: 'boolean' };
  for (const option of spec.options ?? []) options[option] = { type: 'string' };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const expected = spec.positionals;
  if (parsed.positionals.length !== expected.length) {
    const got = parsed.positionals.length;
    throw new UsageError(
      `expected ${expected.join(' ')} (${expected.length} argument${expected.length === 1 ? '' : 's'}), got ${got}`,
    );
  }
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed.values)) {
    if (value === true) flags.add(key);
    else if (typeof value === 'string') values.set(key, value);
  }
  return { positionals: parsed.positionals, flags, options: values };
}
