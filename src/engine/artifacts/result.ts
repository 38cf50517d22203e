/** What rendering an artifact gives: its exact text, or a sentence saying why there is none. */
export type ArtifactResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly error: string };

/** A rendered artifact: lines joined by `\n`, without a trailing newline. */
export function text(lines: readonly string[]): ArtifactResult {
  return { ok: true, text: lines.join('\n') };
}

/** No artifact, with the reason. */
export function missing(error: string): ArtifactResult {
  return { ok: false, error };
}
