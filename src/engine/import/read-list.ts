import { clusterImport as words } from '../messages/en/clusterImport.ts';
import { message } from '../messages/message.ts';
import { asArray, asString, field, isJsonObject, type Notes } from './read-json.ts';

/**
 * The objects of `kubectl get KIND -o json`: a v1 List (`{"kind":"List","items":[…]}`, what
 * kubectl prints for several objects), a typed list (NodeList, PodList) or one object.
 */
export function listItems(doc: unknown, kind: string, notes: Notes): readonly unknown[] {
  if (doc === undefined) return [];
  const items = asArray(field(doc, 'items'));
  if (items) return items;
  if (isJsonObject(doc) && asString(doc.kind) === kind) return [doc];
  const got =
    asString(field(doc, 'kind')) ?? (Array.isArray(doc) ? message(words, 'impAnArray') : typeof doc);
  notes.add('', message(words, 'impNotList', { kind, got }));
  return [];
}
