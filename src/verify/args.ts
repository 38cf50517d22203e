/**
 * The command line of `verify:kernel`: which sets of scenarios to check. With no argument it
 * runs what CI runs: the article and small presets, the article with faults, and 20 random
 * scenarios with seed 7.
 */

/**
 * One set of scenarios: a preset, the article with faults, a scenario file, or N random scenarios
 * drawn with a seed.
 */
export type SetSpec =
  | { readonly kind: 'preset'; readonly name: string }
  | { readonly kind: 'faults' }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'random'; readonly count: number; readonly seed: number };

export interface VerifyArgs {
  readonly sets: readonly SetSpec[];
  /** Fail (exit 1) instead of exiting 0 when the check cannot run here. */
  readonly strict: boolean;
  /** Print agreements too, not only disagreements. */
  readonly verbose: boolean;
  readonly help: boolean;
}

export const DEFAULT_SEED = 7;
export const DEFAULT_RANDOM = 20;

export const USAGE = [
  'usage: npm run verify:kernel -- [SCENARIO ...] [--random N] [--seed S] [--strict] [--verbose]',
  '  SCENARIO     a preset (article, small, large), faults (the article with what-if faults),',
  '               or a scenario file (JSON)',
  `  --random N   N random valid scenarios (seed S, default ${DEFAULT_SEED}), up to 15 pairs each`,
  '  --strict     exit 1 instead of 0 when the check cannot run here (not root, no netns)',
  '  --verbose    print every comparison, agreements too',
  `  no argument: article, small, faults and --random ${DEFAULT_RANDOM} --seed ${DEFAULT_SEED} (what CI runs)`,
].join('\n');

function count(flag: string, text: string | undefined): number | string {
  if (text === undefined || !/^\d+$/.test(text)) return `${flag} needs a whole number`;
  return Number(text);
}

/** Parses the arguments, or returns the usage error as a sentence. */
export function parseArgs(argv: readonly string[]): VerifyArgs | string {
  const sets: SetSpec[] = [];
  let random: number | undefined;
  let seed = DEFAULT_SEED;
  let strict = false;
  let verbose = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--strict') strict = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--random' || arg === '--seed') {
      const value = count(arg, argv[++i]);
      if (typeof value === 'string') return value;
      if (arg === '--random') random = value;
      else seed = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (['article', 'small', 'large'].includes(arg)) sets.push({ kind: 'preset', name: arg });
    else if (arg === 'faults') sets.push({ kind: 'faults' });
    else sets.push({ kind: 'file', path: arg });
  }
  if (random !== undefined) sets.push({ kind: 'random', count: random, seed });
  if (sets.length === 0) {
    sets.push(
      { kind: 'preset', name: 'article' },
      { kind: 'preset', name: 'small' },
      { kind: 'faults' },
      { kind: 'random', count: DEFAULT_RANDOM, seed },
    );
  }
  return { sets, strict, verbose, help };
}

/** The set's name in the report. */
export function setName(set: SetSpec): string {
  if (set.kind === 'random') return `random (${set.count} scenarios, seed ${set.seed})`;
  if (set.kind === 'faults') return 'faults';
  return set.kind === 'preset' ? set.name : set.path;
}
