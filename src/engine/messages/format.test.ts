import { describe, expect, it } from 'vitest';
import { format, paramsOf } from './format.ts';

describe('format', () => {
  it('puts parameters in and leaves a missing one showing', () => {
    expect(format('Step {n} of {total}', { n: 3, total: 14 })).toBe('Step 3 of 14');
    expect(format('Step {n} of {total}', { n: 3 })).toBe('Step 3 of {total}');
    expect(format('No parameters')).toBe('No parameters');
  });

  it('chooses a plural branch by the locale, exact values first', () => {
    const routes = '{count, plural, =0 {no routes} one {# route} other {# routes}}';
    expect(format(routes, { count: 0 })).toBe('no routes');
    expect(format(routes, { count: 1 })).toBe('1 route');
    expect(format(routes, { count: 5 })).toBe('5 routes');
    // Chinese has one plural form: `other`.
    expect(format('{count, plural, one {# 条} other {# 条路由}}', { count: 1 }, 'zh-CN')).toBe('1 条路由');
  });

  it('formats parameters inside a plural branch', () => {
    expect(
      format('{n, plural, one {# node in {vpc}} other {# nodes in {vpc}}}', { n: 2, vpc: 'vpc-1' }),
    ).toBe('2 nodes in vpc-1');
  });

  it('names the parameters of a message, plural branches included, and not branch words', () => {
    expect(paramsOf('{n, plural, one {route} other {# routes in {table}}} of {node}')).toEqual([
      'n',
      'node',
      'table',
    ]);
  });
});
