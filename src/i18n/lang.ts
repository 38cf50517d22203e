/**
 * The languages PodPath speaks (docs/i18n.md): English, the default, and Simplified Chinese. A
 * language is named in links by its short code (`lang=zh`) and on the page by its BCP 47 tag.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The `<html lang>` and Intl locale of a language. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * The language of a browser's preferred languages (navigator.languages): the first one PodPath
 * speaks (`zh`, `zh-CN`, `zh-Hans-SG`… read as Chinese), English when none.
 */
export function preferredLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
