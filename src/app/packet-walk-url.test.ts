import '../test-support/packet-engine.ts';
import { describe, expect, it } from 'vitest';
import { readPacketWalkUrl, readWhatIf, writePacketWalkUrl } from './packet-walk-url.ts';
import { readUrl, writeUrl } from './url-state.ts';

describe('packet walk URL', () => {
  it('reads trace, hop and faults as DESIGN.md §3.3 writes them', () => {
    expect(
      readPacketWalkUrl(
        '#/?preset=article&trace=pod:web-1,pod:api-1&hop=3&faults=vpc-route-deleted:node-b,cni0-down:node-a',
      ),
    ).toEqual({
      walk: { from: 'pod:web-1', to: 'pod:api-1' },
      hop: 3,
      whatIf: {
        faults: [
          { kind: 'vpc-route-deleted', node: 'node-b' },
          { kind: 'cni0-down', node: 'node-a' },
        ],
      },
    });
  });

  it('reads quota and clustermask, and an empty faults list as "no faults"', () => {
    expect(readWhatIf('#/?quota=3&clustermask=24&faults=')).toEqual({
      faults: [],
      routeQuota: 3,
      clusterMask: 24,
    });
    expect(readWhatIf('#/?preset=article')).toBeUndefined();
  });

  it.each([
    ['#/?trace=pod:web-1', { walk: null }],
    ['#/?trace=pod:a,pod:b,pod:c', { walk: null }],
    ['#/?trace=%3Cb%3E,pod:b', { walk: null }],
    ['#/?trace=pod:a,pod:b&hop=-1', { walk: { from: 'pod:a', to: 'pod:b' } }],
  ])('treats malformed values in %s as absent', (hash, expected) => {
    const read = readPacketWalkUrl(hash);
    expect(read).toMatchObject(expected);
    expect(read.hop).toBeUndefined();
  });

  it('drops unknown fault kinds and bad node names', () => {
    expect(readWhatIf('#/?faults=bogus:node-a,cni0-down:NODE,cni0-down:node-a')?.faults).toEqual([
      { kind: 'cni0-down', node: 'node-a' },
    ]);
  });

  it('writes its parameters, keeps the others, and round-trips through url-state', () => {
    const hash = writePacketWalkUrl('#/?preset=article&step=44&sel=vrouter', {
      walk: { from: 'pod:web-1', to: 'pod:api-1' },
      hop: 5,
      whatIf: { faults: [{ kind: 'vpc-route-deleted', node: 'node-b' }], routeQuota: 3 },
    });
    expect(hash).toBe(
      '#/?preset=article&step=44&sel=vrouter&trace=pod:web-1%2Cpod:api-1&hop=5&faults=vpc-route-deleted:node-b&quota=3',
    );
    const again = writeUrl(hash, { preset: 'article', step: 44, selected: 'vrouter' });
    expect(readPacketWalkUrl(again)).toEqual(readPacketWalkUrl(hash));
    expect(readUrl(hash)).toMatchObject({ preset: 'article', step: 44, selected: 'vrouter' });
  });

  it('removes its parameters when there is no walk and no what-if', () => {
    expect(
      writePacketWalkUrl('#/?step=2&trace=a,b&hop=2&faults=&quota=3', { walk: null, hop: 0, whatIf: {} }),
    ).toBe('#/?step=2');
  });
});
