/**
 * The `pods` section: each pod, the node it runs on, and its containers (which share one
 * network namespace).
 */

import { formatIp } from '../net/ipv4.ts';
import { MAX_CONTAINERS_TOTAL, MAX_PODS } from './limits.ts';
import { checkName, createNameIndex, isValidName, readName } from './names.ts';
import { readIp } from './net-input.ts';
import {
  forEachObject,
  indexPath,
  type JsonObject,
  keyPath,
  kindOf,
  own,
  quote,
  type Reporter,
  readArray,
  readString,
} from './shape.ts';
import { DEFAULTS, type PodSpec } from './types.ts';

const POD_KEYS = ['name', 'node', 'containers', 'ip'] as const;

/** A pod IP written in the file, with where, for validate-given. */
export interface GivenPodIp {
  readonly pod: string;
  readonly node: string;
  readonly ip: number;
  readonly path: string;
}

export function validatePods(
  r: Reporter,
  root: JsonObject,
  nodeNames: ReadonlySet<string> | undefined,
  givenIps: GivenPodIp[] = [],
): PodSpec[] {
  const list = readArray(r, root, 'pods', '', { max: MAX_PODS, what: 'pods' }) ?? [];
  const seenName = createNameIndex('pod name');
  const budget = { containers: MAX_CONTAINERS_TOTAL };
  const out: PodSpec[] = [];
  forEachObject(r, list, 'pods', 'a pod', POD_KEYS, (pod, at) => {
    // NOTE: pod names are DNS-1123 subdomains (k8s.io/apimachinery ValidatePodName).
    const named = readName(r, pod, at, 'pod name', 'subdomain');
    if (named) seenName(r, named.name, keyPath(at, 'name'));
    const node = readString(r, pod, 'node', at, { required: 'name the node the pod runs on, e.g. "node-a"' });
    let nodeOk = node !== undefined;
    if (node !== undefined && nodeNames !== undefined && !nodeNames.has(node)) {
      r.error(
        keyPath(at, 'node'),
        `unknown node ${quote(node)}; a pod must run on one of the nodes in "nodes"`,
      );
      nodeOk = false;
    }
    const containers = readContainers(r, pod, at, budget);
    // Only an imported pod gives its address: skip the read (and its path) on the common path.
    const ip = own(pod, 'ip') === undefined ? undefined : readIp(r, pod, 'ip', at);
    if (named?.valid && node !== undefined && nodeOk && containers) {
      if (ip !== undefined) givenIps.push({ pod: named.name, node, ip, path: keyPath(at, 'ip') });
      // Most pods give no address: no spread on the 150,000-pod path.
      out.push(
        ip === undefined
          ? { name: named.name, node, containers }
          : { name: named.name, node, containers, ip: formatIp(ip) },
      );
    }
  });
  return out;
}

function readContainers(
  r: Reporter,
  pod: JsonObject,
  at: string,
  budget: { containers: number },
): readonly string[] | undefined {
  const value = own(pod, 'containers');
  if (value === undefined) return DEFAULTS.containers;
  const path = keyPath(at, 'containers');
  if (!Array.isArray(value)) {
    r.error(path, `must be an array of container names, e.g. ["app"], but this is ${kindOf(value)}`);
    return undefined;
  }
  if (value.length === 0) {
    r.error(path, 'is empty; a pod runs at least one container (leave the key out to get ["app"])');
    return undefined;
  }
  if (value.length > budget.containers) {
    r.error(
      path,
      `has ${value.length} containers, past the ${MAX_CONTAINERS_TOTAL} containers a cluster may run`,
    );
    return undefined;
  }
  budget.containers -= value.length;
  // Pods have a handful of containers: a linear scan beats a Map per pod (150,000 pods).
  const seen = value.length > 16 ? new Set<string>() : undefined;
  let ok = true;
  const names: string[] = [];
  value.forEach((name: unknown, j) => {
    if (typeof name !== 'string') {
      r.error(indexPath(path, j), `a container name must be a string, but this is ${kindOf(name)}`);
      ok = false;
      return;
    }
    // NOTE: container names are DNS-1123 labels (k8s.io/kubernetes pkg/apis/core/validation).
    if (!isValidName(name, 'label')) {
      ok = checkName(r, name, indexPath(path, j), 'container name', 'label') && ok;
    } else if (seen ? seen.has(name) : names.includes(name)) {
      const first = indexPath(path, value.indexOf(name));
      r.error(
        indexPath(path, j),
        `container name ${quote(name)} is used twice (first at ${first}); containers of one pod need distinct names`,
      );
      ok = false;
    }
    seen?.add(name);
    names.push(name);
  });
  return ok ? names : undefined;
}
