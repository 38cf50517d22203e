import { describe, expect, it } from 'vitest';
import { readUrl, writeUrl } from './url-state.ts';

describe('readUrl', () => {
  it('reads preset, step and selection', () => {
    expect(readUrl('#/?preset=small&step=14&sel=node:node-a')).toEqual({
      preset: 'small',
      scenario: null,
      step: 14,
      selected: 'node:node-a',
    });
  });

  it('reads an empty or missing hash as all absent', () => {
    const absent = { preset: null, scenario: null, step: null, selected: null };
    expect(readUrl('')).toEqual(absent);
    expect(readUrl('#')).toEqual(absent);
    expect(readUrl('#/')).toEqual(absent);
  });

  it.each([
    ['#/?preset=nope&step=-1', { preset: null, step: null }],
    ['#/?preset=article&step=abc', { preset: 'article', step: null }],
    ['#/?step=1e3', { step: null }],
    ['#/?step=3.5', { step: null }],
    ['#/?step=99999999999', { step: null }],
    ['#/?sel=%3Cscript%3E', { selected: null }],
    ['#/?sel=node:a%20b', { selected: null }],
    ['#/?preset=__proto__', { preset: null }],
  ])('treats malformed values in %s as absent', (hash, expected) => {
    expect(readUrl(hash)).toMatchObject(expected);
  });

  it.each(['control-plane/kcm', 'pod:web-1/veth#host', 'route:172.16.0.0/25', 'node:node-a/cni0'])(
    'accepts the diagram id %s',
    (id) => {
      expect(readUrl(`#/?sel=${encodeURIComponent(id)}`).selected).toBe(id);
    },
  );

  it('keeps the raw scenario parameter', () => {
    expect(readUrl('#/?s=eyJ0aXRsZSI6IngifQ&step=2')).toMatchObject({
      scenario: 'eyJ0aXRsZSI6IngifQ',
      step: 2,
    });
  });
});

describe('writeUrl', () => {
  it('writes preset, step and selection and round-trips', () => {
    const hash = writeUrl('', { preset: 'article', step: 14, selected: 'node:node-a' });
    expect(hash).toBe('#/?preset=article&step=14&sel=node:node-a');
    expect(readUrl(hash)).toMatchObject({ preset: 'article', step: 14, selected: 'node:node-a' });
  });

  it('keeps parameters it does not own and drops a cleared selection', () => {
    const hash = writeUrl('#/?embed=1&trace=pod:web-1,pod:api-1&sel=vpc', {
      preset: 'small',
      step: 0,
      selected: null,
    });
    expect(hash).toContain('embed=1');
    expect(hash).toContain('trace=pod:web-1%2Cpod:api-1');
    expect(hash).not.toContain('sel=');
  });

  it('keeps s= for a custom scenario and drops it for a preset', () => {
    expect(writeUrl('#/?s=abc&step=1', { preset: null, step: 5, selected: null })).toBe('#/?s=abc&step=5');
    expect(writeUrl('#/?s=abc&step=1', { preset: 'large', step: 0, selected: null })).toBe(
      '#/?step=0&preset=large',
    );
  });
});

describe('writeUrl with a scenario value', () => {
  it('writes s= for a custom scenario, keeping the parameters it does not own', () => {
    const hash = writeUrl('#/?preset=article&step=4&trace=pod:a,pod:b&embed=1', {
      preset: null,
      scenario: 'v1.abc-_',
      step: 2,
      selected: null,
    });
    expect(hash).toBe('#/?step=2&trace=pod:a%2Cpod:b&embed=1&s=v1.abc-_');
    expect(readUrl(hash)).toMatchObject({ scenario: 'v1.abc-_', preset: null, step: 2 });
  });
});
