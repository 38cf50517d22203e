import type { PodState } from '../world/types.ts';

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

/**
 * A pod artifact read inside its network namespace: `render`'s, or why there is none (no sandbox
 * yet; a failed CNI ADD tears the sandbox down again, and a rejected pod never had one).
 */
export function inPodNetns(pod: PodState, render: () => ArtifactResult): ArtifactResult {
  if (pod.netns) return render();
  return missing(`pod ${pod.name} has no network namespace${pod.error ? `: ${pod.error}` : ' yet'}`);
}
