/**
 * Names of nodes, pods, containers, vSwitches and externals. They become Kubernetes object names
 * and labels in the diagram, so they follow the Kubernetes rules.
 */
import * as v from 'valibot';
import { fileShape } from '../messages/en/fileShape.ts';
import { type Message, message } from '../messages/message.ts';
import { indexPath, keyPath, quote, stringProblem } from './read-json.ts';
import type { Reporter } from './report.ts';

// NOTE: k8s.io/apimachinery/pkg/util/validation: a DNS-1123 label is at most 63 characters of
// [a-z0-9-], starting and ending alphanumeric; a subdomain is labels joined by '.', ≤ 253 chars.
const LABEL_TEXT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const LABEL = new RegExp(`^${LABEL_TEXT}$`);
const SUBDOMAIN = new RegExp(`^${LABEL_TEXT}(\\.${LABEL_TEXT})*$`);

export type NameRule = 'label' | 'subdomain';

const RULES: Record<NameRule, { max: number; pattern: RegExp; text: 'labelRule' | 'subdomainRule' }> = {
  label: { max: 63, pattern: LABEL, text: 'labelRule' },
  subdomain: { max: 253, pattern: SUBDOMAIN, text: 'subdomainRule' },
};

const DOT = 46;
const DASH = 45;

/**
 * Whether `name` satisfies the rule (length checked first, so hostile strings cost nothing): the
 * patterns above, read one character at a time (a name of 150,000 pods is checked on each).
 */
export function isValidName(name: string, rule: NameRule): boolean {
  const length = name.length;
  if (length === 0 || length > RULES[rule].max) return false;
  const dots = rule === 'subdomain';
  // The character before, a dot at the start: a label starts and ends with a letter or digit.
  let previous = DOT;
  for (let i = 0; i < length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) previous = c;
    else if (c === DASH && previous !== DOT) previous = c;
    else if (c === DOT && dots && previous !== DOT && previous !== DASH) previous = c;
    else return false;
  }
  return previous !== DOT && previous !== DASH;
}

/** A fix to suggest for a near-valid name: lowercased, other characters turned into '-'. */
function suggestion(name: string, rule: NameRule): string | undefined {
  if (name.length > RULES[rule].max) return undefined;
  const fixed = name
    .toLowerCase()
    .replace(rule === 'label' ? /[^a-z0-9-]+/g : /[^a-z0-9.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return fixed !== name && isValidName(fixed, rule) ? fixed : undefined;
}

/** Checks a name already known to be a string; reports at `path` and says what it should be. */
export function checkName(r: Reporter, name: string, path: string, what: Message, rule: NameRule): boolean {
  if (isValidName(name, rule)) return true;
  const { max, text } = RULES[rule];
  const must = message(fileShape, text);
  if (name.length > max) {
    r.error(path, message(fileShape, 'nameTooLong', { what, length: name.length, rule: must }));
    return false;
  }
  const fix = suggestion(name, rule);
  r.error(
    path,
    fix
      ? message(fileShape, 'badNameFix', { name: quote(name), what, rule: must, fix })
      : message(fileShape, 'badName', { name: quote(name), what, rule: must }),
  );
  return false;
}

/**
 * A name in the scenario file: a string (`typeProblem` words a wrong type). The schema reads it
 * as any string, so that references to a misspelt name do not cascade into "unknown name" errors;
 * `checkName` checks the rule in a later pass. The JSON Schema carries the rule.
 */
export function nameText(rule: NameRule, typeProblem = stringProblem) {
  const { max, pattern } = RULES[rule];
  return v.pipe(v.string(typeProblem), v.metadata({ pattern: pattern.source, maxLength: max }));
}

/** Remembers where each name was first seen, to report duplicates with their first place. */
export function createNameIndex(what: Message): (r: Reporter, name: string, path: string) => boolean {
  const seen = new Map<string, string>();
  return (r, name, path) => {
    const first = seen.get(name);
    if (first !== undefined) {
      r.error(path, message(fileShape, 'usedTwice', { what, name: quote(name), first }));
      return false;
    }
    seen.set(name, path);
    return true;
  };
}

/**
 * The same for the names of one list's items (`pods[i].name`, the names given in order, each
 * once): a set of the names seen, and a path written only for a duplicate, so a 150,000-pod list
 * builds no path strings. The first index of each name is looked up only at the first duplicate
 * (`nameAt(i)`: the name given at index i, if any).
 */
export function createListNameIndex(
  what: Message,
  listPath: string,
  nameAt: (index: number) => string | undefined,
): (r: Reporter, name: string, index: number) => boolean {
  const seen = new Set<string>();
  let firstIndex: Map<string, number> | undefined;
  const pathOf = (index: number) => keyPath(indexPath(listPath, index), 'name');
  return (r, name, index) => {
    if (!seen.has(name)) {
      seen.add(name);
      firstIndex?.set(name, index);
      return true;
    }
    if (!firstIndex) {
      firstIndex = new Map();
      for (let i = 0; i < index; i++) {
        const earlier = nameAt(i);
        if (earlier !== undefined && !firstIndex.has(earlier)) firstIndex.set(earlier, i);
      }
    }
    r.error(
      pathOf(index),
      message(fileShape, 'usedTwice', {
        what,
        name: quote(name),
        first: pathOf(firstIndex.get(name) as number),
      }),
    );
    return false;
  };
}
