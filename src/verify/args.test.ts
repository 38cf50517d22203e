import { describe, expect, it } from 'vitest';
import { parseArgs, setName } from './args.ts';

describe('verify:kernel arguments', () => {
  it('runs what CI runs with no argument', () => {
    const args = parseArgs([]);
    if (typeof args === 'string') throw new Error(args);
    expect(args.sets.map(setName)).toEqual([
      'article',
      'small',
      'services',
      'faults',
      'terway (presets, what-ifs, 20 random scenarios, seed 7)',
      'random (20 scenarios, seed 7)',
      'article on vxlan',
      'small on vxlan',
      'random (20 scenarios, seed 7) on vxlan',
      'article on host-gw',
      'small on host-gw',
      'random (20 scenarios, seed 7) on host-gw',
    ]);
    expect(args.strict).toBe(false);
  });

  it('runs the sets on the backends --backend names, the faults on alloc only', () => {
    const args = parseArgs(['article', 'faults', '--backend', 'vxlan', '--backend', 'alloc']);
    if (typeof args === 'string') throw new Error(args);
    expect(args.sets.map(setName)).toEqual(['article on vxlan', 'article on alloc', 'faults on alloc']);
    expect(parseArgs(['--backend', 'udp'])).toBe('--backend needs alloc, vxlan, host-gw or all');
  });

  it('takes presets, files, random sets with a seed, and flags', () => {
    const args = parseArgs([
      'small',
      'faults',
      'my.json',
      '--random',
      '5',
      '--seed',
      '9',
      '--strict',
      '--verbose',
    ]);
    if (typeof args === 'string') throw new Error(args);
    expect(args.sets).toEqual([
      { kind: 'preset', name: 'small' },
      { kind: 'faults' },
      { kind: 'file', path: 'my.json' },
      { kind: 'random', count: 5, seed: 9 },
    ]);
    expect([args.strict, args.verbose]).toEqual([true, true]);
  });

  it('says what is wrong', () => {
    expect(parseArgs(['--random'])).toBe('--random needs a whole number');
    expect(parseArgs(['--fast'])).toBe('unknown option --fast');
  });
});
