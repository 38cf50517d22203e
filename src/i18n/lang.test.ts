import { describe, expect, it } from 'vitest';
import { isLang, localeOf, preferredLang } from './lang.ts';

describe('languages', () => {
  it("reads the browser's preferred languages: the first PodPath speaks, else English", () => {
    expect(preferredLang(['zh-CN', 'en-US'])).toBe('zh');
    expect(preferredLang(['zh-Hans-SG'])).toBe('zh');
    expect(preferredLang(['de-DE', 'zh-TW', 'en'])).toBe('zh');
    expect(preferredLang(['en-GB', 'zh-CN'])).toBe('en');
    expect(preferredLang(['fr'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });

  it('knows en and zh, and tags the page zh-CN or en', () => {
    expect([isLang('en'), isLang('zh'), isLang('zh-CN'), isLang('fr'), isLang(null)]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect([localeOf('en'), localeOf('zh')]).toEqual(['en', 'zh-CN']);
  });
});
