/**
 * The diagram's words in the page's language. The layout draws them in English (it sizes the
 * boxes by them and knows no language); in Chinese the view says the ones that are words, not
 * names or addresses, by their English text (i18n/zh-CN/drawn.ts, said by i18n/zh-CN/say-drawn.ts:
 * only the Chinese chunk carries them): "next hop", "route table · 6".
 */
import { createContext } from 'react';

/** Says a drawn text in the page's language (the text itself in English). */
export type SayDrawn = (text: string) => string;

/** What an English page says: the layout's text as it is. */
export const asDrawn: SayDrawn = (text) => text;

export const DiagramWords = createContext<SayDrawn>(asDrawn);

/** Says an element's accessible name (the layout's, in English) in the page's language. */
export const ElementNames = createContext<SayDrawn>(asDrawn);
