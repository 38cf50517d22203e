import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe.ts';

describe('terminalSafe', () => {
  it('escapes ESC, BEL and the rest of C0 but keeps tabs and newlines', () => {
    expect(terminalSafe('\x1b]0;PWNED\x07\x1b[2J')).toBe('\\u001b]0;PWNED\\u0007\\u001b[2J');
    expect(terminalSafe('a\tb\nc\rd')).toBe('a\tb\nc\\u000dd');
  });

  it('escapes DEL, C1 controls, bidi overrides and noncharacters', () => {
    expect(terminalSafe('\x7f\u009b31m')).toBe('\\u007f\\u009b31m');
    expect(terminalSafe('abc\u202Efdp.exe')).toBe('abc\\u202efdp.exe');
    expect(terminalSafe('\u2066x\u2069\uFFFF')).toBe('\\u2066x\\u2069\\uffff');
  });

  it('leaves ordinary text, Chinese and emoji alone', () => {
    const text = 'ACK + Flannel, 专有网络 VPC — 172.16.0.0/16 ✓ 🚀';
    expect(terminalSafe(text)).toBe(text);
  });
});
