/**
 * Says a text the layout draws (English) in Chinese by a table of words (drawn.ts): whole, or by
 * a pattern with `{value}`, else part by part around " · ". In the Chinese chunk only: an English
 * page draws the layout's text as it is (view/topology/diagram-words.ts).
 */

/** What separates the parts of a drawn line or a brief ("vRouter · 6 routes"). */
const PARTS = ' · ';

/** The sayer of a table of words by English text, `{value}` standing for the rest of the line. */
export function sayDrawn(words: Readonly<Record<string, string>>): (text: string) => string {
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
