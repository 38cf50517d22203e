/**
 * The diagram's words in the page's language. The layout draws them in English (it sizes the
 * boxes by them and knows no language); the view says the ones that are words, not names or
 * addresses, by their English text: "next hop", "route table · 6", "pod CIDR 172.16.0.0/25".
 */
import { createContext } from 'react';
import type { Params } from '../../engine/index.ts';
import type { diagram } from '../../i18n/en/diagram.ts';

type Words = typeof diagram;

/** Says a drawn text in the page's language (the text itself in English). */
export type SayDrawn = (text: string) => string;

export const DiagramWords = createContext<SayDrawn>((text) => text);

const FIXED = [
  'controlPlane',
  'destination',
  'nextHop',
  'natGateway',
  'noPodCidr',
  'noPodCidrYet',
  'routeDeleted',
  'flanneldFailed',
] as const;

/** A template's words around its one parameter: `route table · {count}` → ['route table · ', '']. */
function around(template: string): readonly [string, string] {
  const [before = '', after = ''] = template.split(/\{\w+\}/);
  return [before, after];
}

/** The sayer of `m`'s language for texts drawn from `en`'s templates. */
export function sayDrawn(en: Words, m: Words, f: (message: string, params: Params) => string): SayDrawn {
  if (m === en) return (text) => text;
  const fixed = new Map<string, string>(FIXED.map((id) => [en[id], m[id]]));
  const patterns = (['routeTable', 'podCidr'] as const).map((id) => {
    const [before, after] = around(en[id]);
    const name = id === 'routeTable' ? 'count' : 'cidr';
    return { before, after, say: (value: string) => f(m[id], { [name]: value }) };
  });
  return (text) => {
    const word = fixed.get(text);
    if (word !== undefined) return word;
    for (const p of patterns)
      if (
        text.startsWith(p.before) &&
        text.endsWith(p.after) &&
        text.length > p.before.length + p.after.length
      )
        return p.say(text.slice(p.before.length, text.length - p.after.length));
    return text;
  };
}
