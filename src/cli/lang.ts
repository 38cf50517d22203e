import { english, sayIn, type Text } from '../engine/index.ts';
import { cli } from '../i18n/en/cli.ts';
import { timeline } from '../i18n/en/timeline.ts';
import { isLang, LANGS, type Lang, localeOf } from '../i18n/lang.ts';
import { UsageError } from './args.ts';

/** The `--lang` option of the commands that explain: en (the default) or zh. */
export const LANG_OPTION = 'lang';
export const LANG_USAGE = `[--lang ${LANGS.join('|')}]`;

/** The language `--lang` asks for; English without it. */
export function langOption(options: ReadonlyMap<string, string>): Lang {
  const value = options.get(LANG_OPTION);
  if (value === undefined) return 'en';
  if (!isLang(value)) throw new UsageError(`--lang ${value}: not a language; use ${LANGS.join(', ')}`);
  return value;
}

export interface CliMessages {
  readonly cli: typeof cli;
  /** The language's locale, for plurals. */
  readonly locale: string;
  readonly timeline: typeof timeline;
  /** The engine's texts (step titles, …) in the language. */
  readonly say: (text: Text) => string;
}

/** The CLI's messages and the phases' names in a language (the Chinese catalog loaded when asked). */
export async function cliMessages(lang: Lang): Promise<CliMessages> {
  if (lang === 'en') return { cli, timeline, say: english, locale: 'en' };
  const zh = await import('../i18n/zh-CN/index.ts');
  const locale = localeOf(lang);
  const say = (text: Text) => sayIn(text, (m) => zh.engine[m.id], locale);
  return { cli: zh.cli, timeline: zh.timeline, say, locale };
}
