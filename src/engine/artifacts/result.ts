import type { PodState } from '../world/types.ts';

/**
 * One printed line of an artifact, as data: its text, the key a decision's evidence points at
 * (null for lines no decision reads: headers, file lines), and its columns where a table has them.
 */
export interface ArtifactRow {
  readonly key: string | null;
  readonly text: string;
  readonly cells?: Readonly<Record<string, string>>;
}

/** What rendering an artifact gives: its rows and their exact text, or a sentence saying why there is none. */
export type ArtifactResult =
  | { readonly ok: true; readonly rows: readonly ArtifactRow[]; readonly text: string }
  | { readonly ok: false; readonly error: string };

/** A rendered artifact from its rows: their text joined by `\n`, without a trailing newline. */
export function fromRows(rows: readonly ArtifactRow[]): ArtifactResult {
  return { ok: true, rows, text: rows.map((r) => r.text).join('\n') };
}

/** A file or listing no decision reads line by line: rows without keys. */
export function text(lines: readonly string[]): ArtifactResult {
  return fromRows(lines.map((line) => ({ key: null, text: line })));
}

/** A table whose every line is its own key (an FDB entry, an iptables rule, a local route). */
export function keyedLines(lines: readonly string[]): ArtifactResult {
  return fromRows(lines.map((line) => ({ key: line, text: line })));
}

/** No artifact, with the reason. */
export function missing(error: string): ArtifactResult {
  return { ok: false, error };
}

/**
 * A pod artifact read inside its network namespace: `render`'s, or why there is none (no sandbox
 * yet; a failed CNI ADD tears the sandbox down again, and a rejected pod never had one).
 */
export function inPodNetns(pod: PodState, render: () => ArtifactResult): ArtifactResult {
  if (pod.netns) return render();
  return missing(`pod ${pod.name} has no network namespace${pod.error ? `: ${pod.error}` : ' yet'}`);
}
