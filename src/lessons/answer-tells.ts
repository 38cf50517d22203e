/**
 * The words on screen that would tell a choice question's answer (issue 13): the lesson checks
 * (unit and e2e) look for them in the story, the inspector and the what-if panel while the
 * question waits. Pure, from the resolved question alone.
 */
import type { ResolvedQuestion } from './resolved.ts';

/** What the API or the controller prints for a limit or a cause: its name tells the answer. */
const REASONS: Readonly<Record<string, string>> = {
  'limit:route-quota': 'QuotaExceeded',
  'cause:route-quota-exceeded': 'QuotaExceeded',
  'limit:cidr': 'CIDRNotAvailable',
  'cause:cidr-not-available': 'CIDRNotAvailable',
};

/**
 * A choice's label (a bare number says nothing), the value an `ip:`, `cidr:` or `route:` id
 * names, the TTL, an actor's name in words ("bridge plugin"), a limit's or a cause's reason.
 * A click question's answer is a component the diagram names anyway: none.
 */
export function answerTells(question: ResolvedQuestion): string[] {
  if (question.kind === 'click') return [];
  const words = /^\d+$/.test(question.answerLabel) ? [] : [question.answerLabel];
  const colon = question.answer.indexOf(':');
  const kind = question.answer.slice(0, colon);
  const value = question.answer.slice(colon + 1);
  if (['ip', 'cidr', 'route'].includes(kind) && value !== 'none') words.push(value);
  if (kind === 'ttl') words.push(`TTL ${value}`, `TTL stays ${value}`);
  if (kind === 'actor' && value.includes('-')) words.push(value.replaceAll('-', ' '));
  const reason = REASONS[question.answer];
  if (reason) words.push(reason);
  return words;
}
