import type { ScenarioError } from './types.ts';

/**
 * The first problem of a refused scenario, for a one-line message, and how many more there are:
 * `{ path: "nodes[0].ip", text: "… is not an IPv4 address … (and 1 more problem)" }`.
 */
export function firstProblem(errors: readonly ScenarioError[]): { path: string; text: string } {
  const first = errors[0];
  const rest = errors.length - 1;
  const more = rest > 0 ? ` (and ${rest} more ${rest === 1 ? 'problem' : 'problems'})` : '';
  return { path: first?.path ?? '(root)', text: `${first?.message ?? 'the scenario is invalid'}${more}` };
}
