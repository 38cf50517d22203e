/** `kubectl get pods -A -o json` → the pods, with node, IP and containers. */
import { clusterImport as words } from '../messages/en/clusterImport.ts';
import { message } from '../messages/message.ts';
import { asArray, asString, createNotes, dig, field, type Notes, parseInput } from './read-json.ts';
import { listItems } from './read-list.ts';
import type { ImportedPod, Read } from './types.ts';

export function readPods(input: unknown): Read<ImportedPod> {
  const notes = createNotes('pods');
  const doc = parseInput(input, notes, message(words, 'impWhatPods'));
  const out: ImportedPod[] = [];
  listItems(doc, 'Pod', notes).forEach((item, index) => {
    const pod = readPod(item, `items[${index}]`, notes);
    if (pod) out.push(pod);
  });
  return { items: out, notes: notes.list };
}

function readPod(item: unknown, at: string, notes: Notes): ImportedPod | undefined {
  const name = asString(dig(item, 'metadata', 'name'));
  if (!name) {
    notes.add(`${at}.metadata.name`, message(words, 'impPodNoName'));
    return undefined;
  }
  const namespace = asString(dig(item, 'metadata', 'namespace')) ?? 'default';
  const node = asString(dig(item, 'spec', 'nodeName'));
  const ip = asString(dig(item, 'status', 'podIP'));
  const phase = asString(dig(item, 'status', 'phase'));
  const containers = (asArray(dig(item, 'spec', 'containers')) ?? []).flatMap((c) => {
    const n = asString(field(c, 'name'));
    return n ? [n] : [];
  });
  if (containers.length === 0)
    notes.add(`${at}.spec.containers`, message(words, 'impNoContainers', { pod: `${namespace}/${name}` }));
  return {
    name,
    namespace,
    hostNetwork: dig(item, 'spec', 'hostNetwork') === true,
    containers,
    ...(node ? { node } : {}),
    ...(ip ? { ip } : {}),
    ...(phase ? { phase } : {}),
  };
}
