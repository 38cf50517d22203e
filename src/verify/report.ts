/**
 * The report: each disagreement with both sides, a line per scenario, `NAME: N agreed, N
 * disagreed` per set, and the closing `N agreed, N disagreed`. A scenario whose replica could not
 * be built counts as one disagreement: the kernel refused the engine's text.
 */
import type { CheckResult } from './compare.ts';
import type { ScenarioReport } from './run-scenario.ts';

export interface Tally {
  readonly agreed: number;
  readonly disagreed: number;
}

/** Counts a scenario's results; a build error is one disagreement. */
export function tally(report: ScenarioReport): Tally {
  const agreed = report.results.filter((r) => r.agreed).length;
  const disagreed = report.results.length - agreed + (report.error === undefined ? 0 : 1);
  return { agreed, disagreed };
}

/** Adds tallies. */
export function sum(tallies: readonly Tally[]): Tally {
  return tallies.reduce((a, b) => ({ agreed: a.agreed + b.agreed, disagreed: a.disagreed + b.disagreed }), {
    agreed: 0,
    disagreed: 0,
  });
}

/** `N agreed, N disagreed`. */
export function formatTally(t: Tally): string {
  return `${t.agreed} agreed, ${t.disagreed} disagreed`;
}

/** One comparison, both sides (✗ a disagreement, ✓ an agreement). */
export function formatResult(result: CheckResult): string[] {
  const mark = result.agreed ? '✓' : '✗';
  return [
    `  ${mark} ${result.kind}: ${result.subject}`,
    `      engine: ${result.engine}`,
    `      kernel: ${result.kernel}`,
  ];
}

/** The lines of one scenario: what it was, its disagreements (every result when verbose), and its tally. */
export function formatScenario(report: ScenarioReport, verbose = false): string[] {
  const t = tally(report);
  const size = `${report.namespaces} namespaces, ${report.pairs} pairs`;
  const lines = [`${report.name}: ${size}, ${formatTally(t)} (${report.seconds.toFixed(1)} s)`];
  if (report.error !== undefined) lines.push(`  ✗ replica: ${report.error}`);
  for (const result of report.results) if (verbose || !result.agreed) lines.push(...formatResult(result));
  for (const skipped of report.skipped) lines.push(`  - not traced: ${skipped}`);
  return lines;
}
