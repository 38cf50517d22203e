/**
 * The `pods` section, after the schema: each pod's name, the node it runs on, and its containers
 * (which share one network namespace), within the cluster's container limit.
 */

import { validation } from '../messages/en/validation.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import { formatIp, parseIp } from '../net/ipv4.ts';
import { MAX_CONTAINERS_TOTAL } from './limits.ts';
import { checkName, createListNameIndex, isValidName } from './names.ts';
import { type Draft, indexPath, keyPath, quote } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import { DEFAULTS, type PodSpec } from './types.ts';

const say = (id: keyof typeof validation, params?: MessageParams): Message => message(validation, id, params);

type PodList = Draft<ScenarioFile['pods']>;

/** A pod IP written in the file, with where, for validate-given. */
export interface GivenPodIp {
  readonly pod: string;
  readonly node: string;
  readonly ip: number;
  readonly path: string;
}

/** `containersWritten(i)`: whether pod i lists its containers (else it runs the default one). */
export function validatePods(
  r: Reporter,
  list: PodList | undefined,
  containersWritten: (index: number) => boolean,
  nodeNames: ReadonlySet<string> | undefined,
  givenIps: GivenPodIp[] = [],
): PodSpec[] {
  const pods = list ?? [];
  const seenName = createListNameIndex(say('podName'), 'pods', (i) => pods[i]?.name);
  const budget = { containers: MAX_CONTAINERS_TOTAL };
  const out: PodSpec[] = [];
  // A plain loop, and paths written only for a problem: this runs for each of 150,000 pods.
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    if (!pod) continue;
    // NOTE: pod names are DNS-1123 subdomains (k8s.io/apimachinery ValidatePodName).
    const name = pod.name;
    const nameOk =
      name !== undefined &&
      (isValidName(name, 'subdomain') ||
        checkName(r, name, keyPath(indexPath('pods', i), 'name'), say('podName'), 'subdomain'));
    if (name !== undefined) seenName(r, name, i);
    const node = pod.node;
    let nodeOk = node !== undefined;
    if (node !== undefined && nodeNames !== undefined && !nodeNames.has(node)) {
      r.error(keyPath(indexPath('pods', i), 'node'), say('podUnknownNode', { node: quote(node) }));
      nodeOk = false;
    }
    const containers = containersWritten(i)
      ? checkContainers(r, pod.containers, i, budget)
      : DEFAULTS.containers;
    // Only an imported pod gives its address (the schema has checked its text).
    const ip = pod.ip === undefined ? undefined : parseIp(pod.ip);
    if (name !== undefined && nameOk && node !== undefined && nodeOk && containers) {
      if (ip !== undefined) givenIps.push({ pod: name, node, ip, path: keyPath(indexPath('pods', i), 'ip') });
      // Most pods give no address: no spread on the 150,000-pod path.
      out.push(ip === undefined ? { name, node, containers } : { name, node, containers, ip: formatIp(ip) });
    }
  }
  return out;
}

/**
 * The pods readPlainPods read, those on a node of the file: a pod on another node is reported as
 * validatePods reports it (readPlainPods found no other problem), and left out.
 */
export function podsOnKnownNodes(
  r: Reporter,
  pods: readonly PodSpec[],
  nodeNames: ReadonlySet<string> | undefined,
): readonly PodSpec[] {
  if (nodeNames === undefined) return pods;
  let out: PodSpec[] | undefined;
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i] as PodSpec;
    if (nodeNames.has(pod.node)) {
      out?.push(pod);
      continue;
    }
    out ??= pods.slice(0, i);
    r.error(keyPath(indexPath('pods', i), 'node'), say('podUnknownNode', { node: quote(pod.node) }));
  }
  return out ?? pods;
}

function containersPath(pod: number): string {
  return keyPath(indexPath('pods', pod), 'containers');
}

function checkContainers(
  r: Reporter,
  value: Draft<ScenarioFile['pods'][number]['containers']> | undefined,
  pod: number,
  budget: { containers: number },
): readonly string[] | undefined {
  // Not a list, or an empty one: already reported by the schema.
  if (value === undefined || value.length === 0) return undefined;
  if (value.length > budget.containers) {
    r.error(
      containersPath(pod),
      say('tooManyContainers', { count: value.length, max: MAX_CONTAINERS_TOTAL }),
    );
    return undefined;
  }
  budget.containers -= value.length;
  // Pods have a handful of containers: a linear scan beats a Map per pod (150,000 pods).
  const seen = value.length > 16 ? new Set<string>() : undefined;
  let ok = true;
  for (let j = 0; j < value.length; j++) {
    const name = value[j];
    // A name that is not a string: already reported by the schema.
    if (name === undefined) {
      ok = false;
      continue;
    }
    // NOTE: container names are DNS-1123 labels (k8s.io/kubernetes pkg/apis/core/validation).
    if (!isValidName(name, 'label')) {
      ok = checkName(r, name, indexPath(containersPath(pod), j), say('containerName'), 'label') && ok;
    } else if (seen ? seen.has(name) : value.indexOf(name) < j) {
      const first = indexPath(containersPath(pod), value.indexOf(name));
      r.error(indexPath(containersPath(pod), j), say('containerTwice', { name: quote(name), first }));
      ok = false;
    }
    seen?.add(name);
  }
  // The schema's own copy of the list, every name in it read and valid.
  return ok ? (value as readonly string[]) : undefined;
}
