/**
 * The command line of `verify:kernel`: which sets of scenarios to check. With no argument it
 * runs what CI runs: the article and small presets, the article with faults, and 20 random
 * scenarios with seed 7.
 */

/**
 * One set of scenarios: a preset, the article with faults, a scenario file, or N random scenarios
 * drawn with a seed.
 */
export type SetSpec = (
  | { readonly kind: 'preset'; readonly name: string }
  | { readonly kind: 'faults' }
  /** Terway variants: the presets, its what-ifs, and N random scenarios on Terway (seed S). */
  | { readonly kind: 'terway'; readonly count: number; readonly seed: number }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'random'; readonly count: number; readonly seed: number }
) & {
  /** The Flannel backend the set's scenarios run (a file keeps its own when this is absent). */
  readonly backend?: Backend;
};

export type Backend = 'alloc' | 'vxlan' | 'host-gw';
export const BACKENDS: readonly Backend[] = ['alloc', 'vxlan', 'host-gw'];

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
  '  SCENARIO     a preset (article, small, large, services), faults (the article with what-if faults),',
  `               terway (the presets and what-ifs on Terway, and ${DEFAULT_RANDOM} random Terway scenarios),`,
  '               or a scenario file (JSON)',
  `  --random N   N random valid scenarios (seed S, default ${DEFAULT_SEED}), up to 15 pairs each`,
  '  --backend B  run the sets on Flannel backend B (alloc, vxlan, host-gw or all; repeatable)',
  '  --strict     exit 1 instead of 0 when the check cannot run here (not root, no netns)',
  '  --verbose    print every comparison, agreements too',
  `  no argument: article, small, services, faults, terway and --random ${DEFAULT_RANDOM} --seed ${DEFAULT_SEED} (with Services) on alloc, and`,
  `  article, small and --random ${DEFAULT_RANDOM} on vxlan and on host-gw (what CI runs)`,
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
  const backends: Backend[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--strict') strict = true;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--backend') {
      const value = argv[++i];
      if (value === 'all') backends.push(...BACKENDS);
      else if (BACKENDS.includes(value as Backend)) backends.push(value as Backend);
      else return '--backend needs alloc, vxlan, host-gw or all';
    } else if (arg === '--random' || arg === '--seed') {
      const value = count(arg, argv[++i]);
      if (typeof value === 'string') return value;
      if (arg === '--random') random = value;
      else seed = value;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (['article', 'small', 'large', 'services'].includes(arg))
      sets.push({ kind: 'preset', name: arg });
    else if (arg === 'faults') sets.push({ kind: 'faults' });
    else if (arg === 'terway') sets.push({ kind: 'terway', count: DEFAULT_RANDOM, seed: DEFAULT_SEED });
    else sets.push({ kind: 'file', path: arg });
  }
  if (random !== undefined) sets.push({ kind: 'random', count: random, seed });
  if (sets.length === 0) {
    sets.push(
      { kind: 'preset', name: 'article' },
      { kind: 'preset', name: 'small' },
      { kind: 'preset', name: 'services' },
      { kind: 'faults' },
      { kind: 'terway', count: DEFAULT_RANDOM, seed },
      { kind: 'random', count: DEFAULT_RANDOM, seed },
    );
    if (backends.length === 0) {
      for (const backend of ['vxlan', 'host-gw'] as const)
        sets.push(
          { kind: 'preset', name: 'article', backend },
          { kind: 'preset', name: 'small', backend },
          { kind: 'random', count: DEFAULT_RANDOM, seed, backend },
        );
      return { sets, strict, verbose, help };
    }
  }
  if (backends.length === 0) return { sets, strict, verbose, help };
  // The what-if faults are the VPC-route mode's (a deleted VPC route); they run on alloc only.
  const onBackends = [...new Set(backends)].flatMap((backend) =>
    sets
      .filter((set) => (set.kind !== 'faults' && set.kind !== 'terway') || backend === 'alloc')
      .map((set) => (set.kind === 'terway' ? set : { ...set, backend })),
  );
  return { sets: onBackends, strict, verbose, help };
}

/** The set's name in the report. */
export function setName(set: SetSpec): string {
  if (set.kind === 'terway')
    return `terway (presets, what-ifs, ${set.count} random scenarios, seed ${set.seed})`;
  const on = set.backend === undefined ? '' : ` on ${set.backend}`;
  if (set.kind === 'random') return `random (${set.count} scenarios, seed ${set.seed})${on}`;
  if (set.kind === 'faults') return `faults${on}`;
  return `${set.kind === 'preset' ? set.name : set.path}${on}`;
}
