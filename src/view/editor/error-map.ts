/**
 * Where each validation message goes in the form: to the field its path names (`nodes[2].ip`),
 * else to the nearest enclosing list or field the form shows (`nodes[2].bogus` → the nodes
 * list); what the form does not show at all (`vpc.bogus`, broken JSON) goes to the list above it.
 */
import type { ScenarioError } from '../../engine/index.ts';
import { getIn, pathText } from './doc-path.ts';

const count = (doc: unknown, path: string[]) => {
  const list = getIn(doc, path);
  return Array.isArray(list) ? list.length : 0;
};

/** Every path the form has a field or a list for, given the document it shows. */
export function formPaths(doc: unknown): Set<string> {
  const paths = new Set([
    'title',
    'vpc.cidr',
    'vpc.routeQuota',
    'vpc.natGateway',
    'vpc.natGateway.eip',
    'vpc.vswitches',
    'vpc.customRoutes',
    'cluster.podCidr',
    'cluster.nodeCidrMaskSize',
    'cluster.serviceCidr',
    'cluster.ipMasq',
    'nodes',
    'pods',
  ]);
  const items = (list: string[], fields: string[]) => {
    for (let i = 0; i < count(doc, list); i++) {
      for (const field of fields) paths.add(pathText([...list, i, field]));
    }
  };
  items(['vpc', 'vswitches'], ['name', 'cidr']);
  items(['vpc', 'customRoutes'], ['destination', 'nextHop']);
  items(['nodes'], ['name', 'role', 'ip', 'vswitch']);
  items(['pods'], ['name', 'node', 'containers']);
  return paths;
}

/** The path without its last part: `nodes[2].ip` → `nodes[2]` → `nodes`; '' at the top. */
function parentOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut <= 0 ? '' : path.slice(0, cut);
}

export interface PlacedErrors {
  /** Messages by the form path they are shown at. */
  readonly byPath: ReadonlyMap<string, readonly ScenarioError[]>;
  /** Messages for no field of the form, listed above it. */
  readonly unplaced: readonly ScenarioError[];
}

export function placeErrors(errors: readonly ScenarioError[], doc: unknown): PlacedErrors {
  const paths = formPaths(doc);
  const byPath = new Map<string, ScenarioError[]>();
  const unplaced: ScenarioError[] = [];
  for (const error of errors) {
    let at = error.path;
    while (at && !paths.has(at)) at = parentOf(at);
    if (!at) unplaced.push(error);
    else byPath.set(at, [...(byPath.get(at) ?? []), error]);
  }
  return { byPath, unplaced };
}
