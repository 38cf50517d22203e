/**
 * `kubectl -n kube-system get cm kube-flannel-cfg -o json` → Network and Backend.Type of
 * data["net-conf.json"] (a JSON document inside a string).
 */
import { clusterImport as words } from '../messages/en/clusterImport.ts';
import { message } from '../messages/message.ts';
import { asString, createNotes, dig, field, parseInput } from './read-json.ts';
import type { ImportedFlannel, ImportNote } from './types.ts';

export function readFlannel(input: unknown): { flannel: ImportedFlannel; notes: readonly ImportNote[] } {
  const notes = createNotes('flannel');
  const doc = parseInput(input, notes, message(words, 'impWhatFlannel'));
  if (doc === undefined) return { flannel: {}, notes: notes.list };
  const text = asString(dig(doc, 'data', 'net-conf.json'));
  if (text === undefined) {
    notes.add('data["net-conf.json"]', message(words, 'impNoNetConf'));
    return { flannel: {}, notes: notes.list };
  }
  let conf: unknown;
  try {
    conf = JSON.parse(text);
  } catch {
    notes.add('data["net-conf.json"]', message(words, 'impNetConfNotJson'));
    return { flannel: {}, notes: notes.list };
  }
  const network = asString(field(conf, 'Network'));
  const backend = asString(dig(conf, 'Backend', 'Type'));
  if (!network) notes.add('data["net-conf.json"].Network', message(words, 'impNoNetwork'));
  if (!backend) notes.add('data["net-conf.json"].Backend.Type', message(words, 'impNoBackend'));
  return { flannel: { ...(network ? { network } : {}), ...(backend ? { backend } : {}) }, notes: notes.list };
}
