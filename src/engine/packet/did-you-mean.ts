/**
 * "Did you mean" for a mistyped name (`pod:web1` for web-1): the closest known name by edit
 * distance, if it is close enough to be a typo rather than another name.
 */
import { packetHops } from '../messages/en/packetHops.ts';
import { type Message, message } from '../messages/message.ts';

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length] as number;
}

/** The known name closest to `input` (at most 2 edits, and fewer than half its length), if any. */
export function closestName(input: string, known: Iterable<string>): string | undefined {
  const limit = Math.min(2, Math.floor((input.length - 1) / 2));
  if (limit < 1 || input.length > 253) return undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    const d = distance(input.toLowerCase(), name, limit);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean NAME?` for the closest known name, or nothing. */
export function didYouMean(input: string, known: Iterable<string>): Message | '' {
  const name = closestName(input, known);
  return name === undefined ? '' : message(packetHops, 'didYouMeanHint', { name });
}
