/**
 * `kubectl -n kube-system get cm kube-flannel-cfg -o json` → Network and Backend.Type of
 * data["net-conf.json"] (a JSON document inside a string).
 */
import { asString, createNotes, dig, field, parseInput } from './read-json.ts';
import type { ImportedFlannel, ImportNote } from './types.ts';

export function readFlannel(input: unknown): { flannel: ImportedFlannel; notes: readonly ImportNote[] } {
  const notes = createNotes('flannel');
  const doc = parseInput(input, notes, 'the flannel ConfigMap');
  if (doc === undefined) return { flannel: {}, notes: notes.list };
  const text = asString(dig(doc, 'data', 'net-conf.json'));
  if (text === undefined) {
    notes.add('data["net-conf.json"]', 'no net-conf.json in the ConfigMap; is this kube-flannel-cfg?');
    return { flannel: {}, notes: notes.list };
  }
  let conf: unknown;
  try {
    conf = JSON.parse(text);
  } catch {
    notes.add(
      'data["net-conf.json"]',
      'net-conf.json is not JSON, so the cluster CIDR is taken from the nodes',
    );
    return { flannel: {}, notes: notes.list };
  }
  const network = asString(field(conf, 'Network'));
  const backend = asString(dig(conf, 'Backend', 'Type'));
  if (!network)
    notes.add('data["net-conf.json"].Network', 'no Network; the cluster CIDR is taken from the nodes');
  if (!backend) notes.add('data["net-conf.json"].Backend.Type', 'no Backend.Type');
  return { flannel: { ...(network ? { network } : {}), ...(backend ? { backend } : {}) }, notes: notes.list };
}
