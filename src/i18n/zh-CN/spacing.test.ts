/**
 * The Chinese catalogs put a space between Chinese and Latin words or numbers ("3 个节点",
 * "Pod CIDR 已分配"), as Alibaba Cloud's Chinese docs do. Parameters are left out: what stands
 * next to `{name}` is the parameter's own affair.
 */
import { describe, expect, it } from 'vitest';
import * as zh from './index.ts';

const HAN = '\\u3400-\\u9fff';
const TIGHT = new RegExp(`(?=([${HAN}][A-Za-z0-9]|[A-Za-z0-9][${HAN}]))`, 'g');

/** Every string of a catalog, with where it is. */
function strings(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

/** The text outside parameters: `{name}` and a plural's head go, its branches' words stay. */
function outsideParams(text: string): string {
  return text
    .replace(/\{\w+, plural,/g, '\u0000')
    .replace(/=?\w+ \{/g, '\u0000')
    .replace(/\{\w+\}/g, '\u0000')
    .replace(/[{}#]/g, '\u0000');
}

/** Where Chinese touches a Latin letter or a digit. */
function tightSpots(text: string): string[] {
  return [...outsideParams(text).matchAll(TIGHT)].map((m) => m[1] ?? '');
}

describe('the Chinese catalogs', () => {
  it('find Chinese touching Latin or digits', () => {
    expect(tightSpots('共3个节点')).toEqual(['共3', '3个']);
    expect(tightSpots('共 3 个节点，{node}上')).toEqual([]);
    expect(tightSpots('{n, plural, other {# 条路由}}')).toEqual([]);
  });

  it('space Chinese from Latin words and numbers', () => {
    const all = Object.entries(zh).flatMap(([part, catalog]) => strings(catalog, part));
    expect(all.length).toBeGreaterThan(1_000);
    const tight = all.flatMap(([at, text]) => (tightSpots(text).length > 0 ? [`${at}: ${text}`] : []));
    expect(tight).toEqual([]);
  });
});
