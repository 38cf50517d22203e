import { refusals } from '../messages/en/refusals.ts';
import { english, type Message, message } from '../messages/message.ts';
import type { ScenarioError } from './types.ts';

/**
 * The first problem of a refused scenario, for a one-line message, and how many more there are:
 * `{ path: "nodes[0].ip", text: "… is not an IPv4 address … (and 1 more problem)" }`; `reason`, the
 * same text as a message.
 */
export function firstProblem(errors: readonly ScenarioError[]): {
  path: string;
  text: string;
  reason: Message;
} {
  const first = errors[0];
  const reason = message(refusals, 'firstProblem', {
    problem: first?.reason ?? first?.message ?? message(refusals, 'invalid'),
    rest: errors.length - 1,
  });
  return { path: first?.path ?? '(root)', text: english(reason), reason };
}
