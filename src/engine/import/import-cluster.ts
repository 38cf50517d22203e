/**
 * The whole import: the four command outputs (text or parsed JSON) → a scenario PodPath builds,
 * with every note, and the raw readings the diagnosis needs.
 */
import { parseScenario } from '../scenario/parse.ts';
import type { ParseResult } from '../scenario/types.ts';
import { readFlannel } from './read-flannel.ts';
import { readNodes } from './read-nodes.ts';
import { readPods } from './read-pods.ts';
import { readRoutes } from './read-routes.ts';
import { toScenario } from './to-scenario.ts';
import type { ImportedFlannel, ImportedNode, ImportedPod, ImportedRoute, ImportNote } from './types.ts';

export interface ImportTexts {
  readonly nodes: unknown;
  readonly pods?: unknown;
  readonly flannel?: unknown;
  readonly routes?: unknown;
}

/** What was read from the cluster, as it is (the diagnosis compares it with the scenario). */
export interface ImportedCluster {
  readonly nodes: readonly ImportedNode[];
  readonly pods?: readonly ImportedPod[];
  readonly flannel?: ImportedFlannel;
  readonly routes?: readonly ImportedRoute[];
  /** Scenario pod name → `namespace/name`. */
  readonly podNames: ReadonlyMap<string, string>;
}

export interface ClusterImport {
  /** The scenario file as JSON data (what `import` prints). */
  readonly file: Record<string, unknown>;
  /** The file parsed; refused only if the import itself went wrong. */
  readonly parsed: ParseResult;
  readonly notes: readonly ImportNote[];
  readonly cluster: ImportedCluster;
}

export function importCluster(texts: ImportTexts): ClusterImport {
  const nodes = readNodes(texts.nodes);
  const pods = texts.pods === undefined ? undefined : readPods(texts.pods);
  const flannel = texts.flannel === undefined ? undefined : readFlannel(texts.flannel);
  const routes = texts.routes === undefined ? undefined : readRoutes(texts.routes);
  const built = toScenario({
    nodes: nodes.items,
    ...(pods ? { pods: pods.items } : {}),
    ...(flannel ? { flannel: flannel.flannel } : {}),
    ...(routes ? { routes: routes.items } : {}),
  });
  const notes = [
    ...nodes.notes,
    ...(pods?.notes ?? []),
    ...(flannel?.notes ?? []),
    ...(routes?.notes ?? []),
    ...built.notes,
  ];
  return {
    file: built.file,
    parsed: parseScenario(built.file),
    notes,
    cluster: {
      nodes: nodes.items,
      ...(pods ? { pods: pods.items } : {}),
      ...(flannel ? { flannel: flannel.flannel } : {}),
      ...(routes ? { routes: routes.items } : {}),
      podNames: built.podNames,
    },
  };
}
