import { describe, expect, it } from 'vitest';
import { english } from '../messages/message.ts';
import { closestName, didYouMean } from './did-you-mean.ts';

const PODS = ['web-1', 'cache-1', 'api-1'];

describe('closestName', () => {
  it.each([
    ['web1', 'web-1'],
    ['Web-1', 'web-1'],
    ['wbe-1', 'web-1'],
    ['cache1', 'cache-1'],
    ['api-2', 'api-1'],
  ])('%s → %s', (typo, name) => {
    expect(closestName(typo, PODS)).toBe(name);
  });

  it('suggests nothing for names that are not near any known one, or too short to tell', () => {
    expect(closestName('nope', PODS)).toBeUndefined();
    expect(closestName('db-1', PODS)).toBeUndefined();
    expect(closestName('a', PODS)).toBeUndefined();
    expect(closestName('x'.repeat(10_000), PODS)).toBeUndefined();
  });

  it('words the hint for an error sentence', () => {
    expect(english(didYouMean('web1', PODS))).toBe('; did you mean web-1?');
    expect(didYouMean('zzz', PODS)).toBe('');
  });
});
