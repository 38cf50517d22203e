/**
 * The diagram's words in the page's language. The layout draws them in English (it sizes the
 * boxes by them and knows no language); in Chinese the view says the ones that are words, not
 * names or addresses, by their English text (i18n/zh-CN/drawn.ts): "next hop", "route table · 6".
 */
import { createContext } from 'react';

/** Says a drawn text in the page's language (the text itself in English). */
export type SayDrawn = (text: string) => string;

/** What separates the parts of a drawn line or a brief ("vRouter · 6 routes"). */
const PARTS = ' · ';

export const DiagramWords = createContext<SayDrawn>((text) => text);

/** Says an element's accessible name (the layout's, in English) in the page's language. */
export const ElementNames = createContext<SayDrawn>((name) => name);

/** The sayer of a table of words by English text, `{value}` standing for the rest of the line. */
export function sayDrawn(words: Readonly<Record<string, string>> | undefined): SayDrawn {
  if (!words) return (text) => text;
  const patterns = Object.keys(words).flatMap((key) => {
    const [before = '', after] = key.split('{value}');
    return after === undefined ? [] : [{ before, after, to: words[key] ?? key }];
  });
  const sayOne = (text: string): string | undefined => {
    const word = words[text];
    if (word !== undefined) return word;
    for (const p of patterns) {
      if (text.length <= p.before.length + p.after.length) continue;
      if (!text.startsWith(p.before) || !text.endsWith(p.after)) continue;
      // A value is one part: "node-a · 3 running" is two parts, not a value "node-a · 3".
      const value = text.slice(p.before.length, text.length - p.after.length);
      if (!value.includes(PARTS)) return p.to.replace('{value}', value);
    }
    return undefined;
  };
  // A line or brief of parts ("node-a · 3 running · 1 not"): said whole, else part by part.
  return (text) =>
    sayOne(text) ??
    (text.includes(PARTS)
      ? text
          .split(PARTS)
          .map((part) => sayOne(part) ?? part)
          .join(PARTS)
      : text);
}
