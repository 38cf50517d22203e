/**
 * The usual `pods` list, read in one pass without the schema (150,000 pods in a large scenario):
 * every pod a plain object with a valid name used once, a node, and maybe a non-empty list of
 * valid, distinct container names, nothing else. A list with anything else (a pod IP, a problem
 * of any kind) is left to the schema and validate-pods.ts, which word its problems; so this
 * reads exactly what they would read, and finds no problem they would not.
 */
import { MAX_CONTAINERS_TOTAL, MAX_PODS } from './limits.ts';
import { createNameSet } from './name-set.ts';
import { isValidName } from './names.ts';
import { isPlainObject, type JsonObject } from './read-json.ts';
import { DEFAULTS, type PodSpec } from './types.ts';

/** Past this many containers a pod is left to validate-pods.ts, which finds a name twice with a set. */
const FEW_CONTAINERS = 16;

/**
 * The pods of a list in the usual shape, in order, or undefined to read it the long way. `owned`:
 * the list was parsed from text here (nobody else holds it), so a pod written as the reader
 * returns it (name, node and containers, in that order) is returned as it is, not copied, and a
 * list of such pods is returned itself.
 */
export function readPlainPods(list: unknown, owned: boolean): readonly PodSpec[] | undefined {
  if (!Array.isArray(list) || list.length > MAX_PODS) return undefined;
  const items: readonly unknown[] = list;
  const names = createNameSet(items.length, (i) => (items[i] as JsonObject).name as string);
  // The pods read, made only from the first pod that is not returned as it is.
  let pods: PodSpec[] | undefined;
  let containersLeft = MAX_CONTAINERS_TOTAL;
  for (let i = 0; i < items.length; i++) {
    // A hole (never in JSON) reads as undefined, which is not an object.
    const input = items[i];
    if (!isPlainObject(input)) return undefined;
    // The keys, and whether they are exactly name, node, containers in that order.
    let keys = 0;
    let usual = true;
    for (const key in input) {
      if (key === 'name') usual &&= keys === 0;
      else if (key === 'node') usual &&= keys === 1;
      else if (key === 'containers') usual &&= keys === 2;
      else return undefined;
      keys++;
    }
    const { name, node, containers } = input;
    if (typeof name !== 'string' || typeof node !== 'string') return undefined;
    // NOTE: pod names are DNS-1123 subdomains (k8s.io/apimachinery ValidatePodName).
    if (!isValidName(name, 'subdomain') || !names.add(name, i)) return undefined;
    let pod: PodSpec | undefined;
    if (containers === undefined) {
      pod = { name, node, containers: DEFAULTS.containers };
    } else {
      if (!Array.isArray(containers)) return undefined;
      const count = containers.length;
      if (count === 0 || count > FEW_CONTAINERS || count > containersLeft) return undefined;
      containersLeft -= count;
      for (let j = 0; j < count; j++) {
        const container: unknown = containers[j];
        // NOTE: container names are DNS-1123 labels (k8s.io/kubernetes pkg/apis/core/validation).
        if (typeof container !== 'string' || !isValidName(container, 'label')) return undefined;
        for (let k = 0; k < j; k++) if (containers[k] === container) return undefined;
      }
      if (!owned || !usual || keys !== 3)
        pod = { name, node, containers: owned ? containers : containers.slice() };
    }
    if (pod !== undefined && pods === undefined) pods = items.slice(0, i) as PodSpec[];
    pods?.push(pod ?? (input as PodSpec));
  }
  return pods ?? (items as readonly PodSpec[]);
}
