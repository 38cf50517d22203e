/** Embed mode (`&embed=1`, DESIGN.md §3.3): the diagram, the step controls and the narration only. */

export function isEmbedMode(hash: string): boolean {
  const query = hash.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : hash.slice(query + 1)).get('embed') === '1';
}

/** The same view outside the embed: the hash without `embed=1`. */
export function fullViewHash(hash: string): string {
  const query = hash.indexOf('?');
  const params = new URLSearchParams(query < 0 ? '' : hash.slice(query + 1));
  params.delete('embed');
  return `#/?${params.toString().replaceAll('%3A', ':').replaceAll('%2F', '/')}`;
}
