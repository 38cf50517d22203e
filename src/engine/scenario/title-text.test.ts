import { describe, expect, it } from 'vitest';
import { english } from '../messages/message.ts';
import { edit } from './bad-corpus.ts';
import { parseScenario } from './parse.ts';
import { titleProblem } from './title-text.ts';

describe('titleProblem', () => {
  it.each([
    ['NUL', 'a\u0000b', /control characters/],
    ['a line break', 'a\nb', /control characters/],
    ['a C1 control (CSI)', 'a\u009b31m', /control characters/],
    ['a right-to-left override', 'abc\u202Efdp.exe', /U\+202E, a bidirectional control character/],
    ['an isolate', '\u2066x\u2069', /U\+2066, a bidirectional control character/],
    ['U+FFFF', 'title\uFFFF', /U\+FFFF, which is not a character/],
    ['U+FFFE', '\uFFFE', /U\+FFFE, which is not a character/],
    ['a lone surrogate', 'a\uD800b', /U\+D800, which is not a character/],
    ['a plane-1 noncharacter', 'a\u{1FFFF}', /U\+1FFFF, which is not a character/],
  ])('refuses %s', (_, title, why) => {
    const problem = titleProblem(title);
    expect(problem && english(problem)).toMatch(why);
  });

  it.each(['ACK + Flannel, as in the article', '专有网络 VPC 与容器服务 ACK', 'عنوان', 'e\u0301 👩‍👩‍👧 🚀'])(
    'accepts %s',
    (title) => {
      expect(titleProblem(title)).toBeUndefined();
    },
  );

  it('is reported at the title path by the parser', () => {
    const result = parseScenario(edit({ title: 'x\uFFFF' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: 'title',
        message:
          'contains U+FFFF, which is not a character: the page, SVG and PNG exports cannot carry it; remove it',
      },
    ]);
    expect(!result.ok && result.errors[0]?.reason).toMatchObject({ id: 'titleNotCharacter' });
  });
});
