/**
 * The diagram's elements and links cut into runs, one per node (its parts, then its pods) and the
 * infrastructure between: a memoised run whose items are the same objects as before and whose
 * highlight, entering and selection keys are unchanged skips its whole subtree, so a step renders
 * the run of the node it touched, not the ~2,000 elements of a 200-node diagram.
 */
import { nameOf, nodePlace } from '../../engine/index.ts';
import type { TopologyElement, TopologyLink } from '../../layout/index.ts';

export interface Run<T> {
  /** Stable across steps: the run's owner (a node's id, or the infrastructure) and its occurrence. */
  readonly key: string;
  readonly items: readonly T[];
}

/** The node's id of a node's part (`eth0` of a node) or of the node itself, else undefined. */
function nodeOwner(id: string): string | undefined {
  const name = nameOf(id, 'node');
  return name === undefined ? undefined : nodePlace(name);
}

function cut<T>(items: readonly T[], ownerOf: (item: T, current: string) => string): Run<T>[] {
  const runs: { key: string; items: T[] }[] = [];
  const seen = new Map<string, number>();
  let current = '';
  for (const item of items) {
    const owner = ownerOf(item, current);
    if (owner !== current || runs.length === 0) {
      current = owner;
      const n = seen.get(owner) ?? 0;
      seen.set(owner, n + 1);
      runs.push({ key: n === 0 ? owner : `${owner}#${n}`, items: [] });
    }
    (runs.at(-1) as { items: T[] }).items.push(item);
  }
  return runs;
}

/**
 * A node's element starts its run; its parts and pods follow it (the layout emits them so). What
 * comes before the first node is the infrastructure's; `breakAfter` ends a run (the vRouter, whose
 * route rows are drawn right after it).
 */
export function elementRuns(
  elements: readonly TopologyElement[],
  breakAfter?: string,
): Run<TopologyElement>[] {
  let broke = false;
  return cut(elements, (e, current) => {
    const after = broke;
    broke = e.id === breakAfter;
    if (e.kind === 'node') return e.id;
    return after ? `${current}+` : current || 'infra';
  });
}

/** A link belongs to the node its `to` or else its `from` is part of, or to the infrastructure. */
export function linkRuns(links: readonly TopologyLink[]): Run<TopologyLink>[] {
  return cut(links, (l) => nodeOwner(l.to) ?? nodeOwner(l.from) ?? 'infra');
}
