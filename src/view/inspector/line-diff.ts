/**
 * Which lines of an artifact a step added: the lines of `after` that are not part of a longest
 * common subsequence with `before`. A changed line counts as added (its new form is new).
 */
export function addedLines(before: readonly string[], after: readonly string[]): ReadonlySet<number> {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: LCS length of before[i..] and after[j..], in one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[at(i, j)] =
        before[i] === after[j]
          ? (lcs[at(i + 1, j + 1)] ?? 0) + 1
          : Math.max(lcs[at(i + 1, j)] ?? 0, lcs[at(i, j + 1)] ?? 0);
    }
  }
  const added = new Set<number>();
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && before[i] === after[j]) {
      i++;
      j++;
    } else if (i < n && (lcs[at(i + 1, j)] ?? 0) >= (lcs[at(i, j + 1)] ?? 0)) {
      i++;
    } else {
      added.add(j);
      j++;
    }
  }
  return added;
}

/** Splits artifact text into lines; no text (the artifact does not exist) is no lines. */
export function linesOf(text: string | undefined): readonly string[] {
  return text === undefined || text === '' ? [] : text.split('\n');
}
