/**
 * The message formatter (docs/i18n.md): the part of ICU MessageFormat the catalogs use, over the
 * browser's own Intl.PluralRules, with no code generated at run time (the site's CSP forbids eval).
 *   {name}                                   a parameter
 *   {count, plural, =0 {…} one {…} other {…}}  a plural; `#` in a branch is the number
 * A parameter missing reads as its `{name}`, so a slip shows and never throws.
 */
export type Params = Readonly<Record<string, string | number>>;

const rulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The index just after the `}` closing the `{` at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The branches of a plural: `=0 {…} one {…} other {…}` as selector → text. */
function branches(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const end = closing(text, open);
    found.set(text.slice(i, open).trim(), text.slice(open + 1, end - 1));
    i = end;
  }
  return found;
}

function plural(body: string, value: string | number | undefined, locale: string, params: Params): string {
  const n = Number(value);
  const cases = branches(body);
  const chosen = cases.get(`=${n}`) ?? cases.get(pluralRules(locale).select(n)) ?? cases.get('other') ?? '';
  return format(chosen.replaceAll('#', String(value)), params, locale);
}

/** A message with its parameters put in, in `locale`'s plural rules. */
export function format(message: string, params: Params = {}, locale = 'en'): string {
  let out = '';
  let i = 0;
  while (i < message.length) {
    const open = message.indexOf('{', i);
    if (open < 0) break;
    const end = closing(message, open);
    out += message.slice(i, open);
    const inner = message.slice(open + 1, end - 1);
    const [name = '', kind, ...rest] = inner.split(',');
    const key = name.trim();
    if (kind?.trim() === 'plural') out += plural(rest.join(','), params[key], locale, params);
    else out += key in params ? String(params[key]) : `{${inner}}`;
    i = end;
  }
  return out + message.slice(i);
}

/** The parameter names a message uses, sorted (the catalogs' parity test compares them). */
export function paramsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) return;
      const end = closing(text, open);
      const [name = '', kind, ...rest] = text.slice(open + 1, end - 1).split(',');
      names.add(name.trim());
      if (kind?.trim() === 'plural') for (const branch of branches(rest.join(',')).values()) walk(branch);
      i = end;
    }
  };
  walk(message);
  return [...names].sort();
}
