/**
 * The message catalogs (docs/i18n.md). English is the source: each part of the UI imports its
 * English messages (`en/NAME.ts`), so they load with it. The Chinese catalog, all parts in one
 * chunk (`zh-CN/index.ts`), loads only when Chinese is asked for.
 */
import type * as ZhCatalog from './zh-CN/index.ts';

/** A part's messages in another language: the same ids, every one a string. */
export type Translation<T> = { readonly [K in keyof T]: string };

export type Catalog = typeof ZhCatalog;
export type Part = keyof Catalog;

let zh: Catalog | null = null;
let loading: Promise<Catalog> | null = null;
const listeners = new Set<() => void>();

/** The Chinese catalog, once loaded; null before. */
export function zhCatalog(): Catalog | null {
  return zh;
}

/** Loads the Chinese catalog (once); listeners hear when it is there. */
export function loadZh(): Promise<Catalog> {
  loading ??= import('./zh-CN/index.ts').then((catalog) => {
    zh = catalog;
    for (const listener of listeners) listener();
    return catalog;
  });
  // A chunk that could not be fetched is asked for again next time.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

export function onCatalogLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
