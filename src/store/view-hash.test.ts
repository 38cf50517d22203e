import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATAPLANES, type Dataplane } from '../engine/dataplane/dataplanes.ts';
import { english } from '../engine/messages/message.ts';
import { PRESET_NAMES } from '../engine/scenario/presets.ts';
import { FAULT_KINDS } from '../engine/scenario/types.ts';
import { formatHash, parseHash, readHash } from './view-hash.ts';
import { EMPTY_VIEW, type ViewState } from './view-state.ts';

const view = (partial: Partial<ViewState>): ViewState => ({ ...EMPTY_VIEW, ...partial });
/** What a hash's refusals say, in English ("Not applied: …"). */
const refusedOf = (hash: string) => readHash(hash).refused.map(english);

describe('parseHash: scenario, step and selection', () => {
  it('reads preset, step and selection', () => {
    expect(parseHash('#/?preset=small&step=14&sel=node:node-a')).toEqual(
      view({ preset: 'small', step: 14, selected: 'node:node-a' }),
    );
  });

  it('reads an empty or missing hash as all absent', () => {
    expect(parseHash('')).toEqual(EMPTY_VIEW);
    expect(parseHash('#')).toEqual(EMPTY_VIEW);
    expect(parseHash('#/')).toEqual(EMPTY_VIEW);
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
    ['#/?tab=%3Cb%3E', { tab: null }],
  ])('treats malformed values in %s as absent', (hash, expected) => {
    expect(parseHash(hash)).toMatchObject(expected);
  });

  it.each(['control-plane/kcm', 'pod:web-1/veth#host', 'route:172.16.0.0/25', 'node:node-a/cni0'])(
    'accepts the diagram id %s',
    (id) => {
      expect(parseHash(`#/?sel=${encodeURIComponent(id)}`).selected).toBe(id);
    },
  );

  it('keeps the raw scenario parameter, which wins over a preset', () => {
    expect(parseHash('#/?s=eyJ0aXRsZSI6IngifQ&step=2')).toMatchObject({
      scenario: 'eyJ0aXRsZSI6IngifQ',
      step: 2,
    });
    expect(parseHash('#/?preset=small&s=abc')).toMatchObject({ preset: null, scenario: 'abc' });
  });

  it('reads the inspector tab', () => {
    expect(parseHash('#/?sel=node:node-a&tab=subnet.env').tab).toBe('subnet.env');
    // An old shared link named the router's diagram element `vrouter`; it is `vpc-router` now.
    expect(parseHash('#/?preset=article&sel=vrouter').selected).toBe('vpc-router');
  });
});

describe('parseHash: walk and what-if', () => {
  it('reads trace, hop and faults as DESIGN.md §3.3 writes them', () => {
    expect(
      parseHash(
        '#/?preset=article&trace=pod:web-1,pod:api-1&hop=3&faults=vpc-route-deleted:node-b,cni0-down:node-a',
      ),
    ).toMatchObject({
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

  it('reads a walk to a Service and the endpoint chosen for it, and writes them back', () => {
    const hash = '#/?preset=services&trace=pod:web-1,service:kube-system/kube-dns:53&ep=pod:coredns-2&hop=2';
    const read = readHash(hash);
    expect(read.refused).toEqual([]);
    expect(read.view.walk).toEqual({
      from: 'pod:web-1',
      to: 'service:kube-system/kube-dns:53',
      endpoint: 'pod:coredns-2',
    });
    expect(formatHash(read.view)).toBe(hash.replace(',', '%2C'));
  });

  it('refuses an endpoint that is not pod:NAME, or one without a walk', () => {
    expect(refusedOf('#/?trace=pod:web-1,service:api&ep=api-2')).toEqual([
      'ep="api-2": an endpoint is ep=pod:NAME',
    ]);
    const alone = readHash('#/?ep=pod:api-2');
    expect(alone.view.walk).toBeNull();
    expect(refusedOf('#/?ep=pod:api-2')[0]).toMatch(
      /^ep="pod:api-2": an endpoint is chosen for a walk to a Service/,
    );
  });

  it('reads quota and clustermask, and an empty faults list as "no faults"', () => {
    expect(parseHash('#/?quota=3&clustermask=24&faults=').whatIf).toEqual({
      faults: [],
      routeQuota: 3,
      clusterMask: 24,
    });
    expect(parseHash('#/?preset=article').whatIf).toBeNull();
  });

  it.each([
    ['#/?trace=pod:web-1', { walk: null }],
    ['#/?trace=pod:a,pod:b,pod:c', { walk: null }],
    ['#/?trace=%3Cb%3E,pod:b', { walk: null }],
    ['#/?trace=pod:a,pod:b&hop=-1', { walk: { from: 'pod:a', to: 'pod:b' } }],
  ])('treats malformed values in %s as absent', (hash, expected) => {
    const read = parseHash(hash);
    expect(read).toMatchObject(expected);
    expect(read.hop).toBeNull();
  });

  it('reads and writes noep, the Service whose endpoints a what-if empties', () => {
    const view = parseHash('#/?preset=services&noep=kube-system/kube-dns');
    expect(view.whatIf).toEqual({ noEndpoints: 'kube-system/kube-dns' });
    expect(formatHash(view)).toBe('#/?preset=services&noep=kube-system/kube-dns');
    expect(refusedOf('#/?noep=%3Cb%3E')).toEqual(['noep="<b>": not a Service name ([NAMESPACE/]NAME)']);
  });

  it('drops unknown fault kinds and bad node names', () => {
    expect(parseHash('#/?faults=bogus:node-a,cni0-down:NODE,cni0-down:node-a').whatIf?.faults).toEqual([
      { kind: 'cni0-down', node: 'node-a' },
    ]);
  });
});

describe('readHash: what it could not read, and why', () => {
  it.each([
    [
      'faults=rm-rf:node-a',
      'faults="rm-rf:node-a": "rm-rf" is not a fault kind; the kinds are vpc-route-deleted',
    ],
    ['faults=cni0-down', 'faults="cni0-down": a fault is KIND:NODE'],
    ['faults=cni0-down:NODE', 'faults="cni0-down:NODE": "NODE" is not a node name'],
    ['quota=NaN', 'quota="NaN": not a number'],
    ['quota=', 'quota="": not a number'],
    ['clustermask=%2F24', 'clustermask="/24": not a number'],
    ['trace=pod:web-1', 'trace="pod:web-1": a walk is trace=FROM,TO'],
    [
      'trace=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,pod:web-1',
      'trace="<img src=x onerror=alert(1)>,pod:web-1": "<img src=x onerror=alert(1)>" is not an endpoint',
    ],
  ])('%s', (query, sentence) => {
    const refused = refusedOf(`#/?preset=article&${query}`);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain(sentence);
  });

  it('passes any number on to the engine, which judges it (-1, 1e20)', () => {
    expect(readHash('#/?quota=-1')).toMatchObject({ view: { whatIf: { routeQuota: -1 } }, refused: [] });
    expect(readHash('#/?quota=99999999999999999999').view.whatIf?.routeQuota).toBe(1e20);
    expect(readHash('#/?quota=1e5').view.whatIf?.routeQuota).toBe(100_000);
    expect(readHash('#/?quota=-0').view.whatIf?.routeQuota).toBe(0);
  });

  it('spells out invisible characters and cuts long values in what it quotes', () => {
    const [bidi] = refusedOf('#/?faults=%E2%80%AEx:node-a');
    expect(bidi).toContain('"\\u202ex" is not a fault kind');
    const [long] = refusedOf(`#/?trace=${'a'.repeat(500)}`);
    expect(long?.length).toBeLessThan(200);
  });

  it('keeps what it can read beside what it refuses', () => {
    const read = readHash('#/?faults=rm-rf:node-a,cni0-down:node-a');
    expect(read.view.whatIf?.faults).toEqual([{ kind: 'cni0-down', node: 'node-a' }]);
    expect(read.refused).toHaveLength(1);
    expect(readHash('#/?faults=&quota=3&trace=pod:a,pod:b').refused).toEqual([]);
  });
});

describe('parseHash: lesson and embed', () => {
  it('reads the lesson and the stop', () => {
    expect(parseHash('#/?lesson=troubleshooting&stop=3').lesson).toEqual({
      lesson: 'troubleshooting',
      stop: 3,
    });
    expect(parseHash('#/?lesson=same-node-cross-node').lesson).toEqual({
      lesson: 'same-node-cross-node',
      stop: 1,
    });
    expect(parseHash('#/?lesson=x&stop=0').lesson).toEqual({ lesson: 'x', stop: 1 });
    expect(parseHash('#/?lesson=x&stop=-2').lesson).toEqual({ lesson: 'x', stop: 1 });
  });

  it('reads malformed lessons as none', () => {
    expect(parseHash('#/?preset=article').lesson).toBeNull();
    expect(parseHash('#/?lesson=<script>').lesson).toBeNull();
    expect(parseHash('#/?lesson=').lesson).toBeNull();
    expect(parseHash('').lesson).toBeNull();
    expect(parseHash('#/?lesson=A').lesson).toBeNull();
  });

  it('is in embed mode only for embed=1', () => {
    expect(parseHash('#/?preset=article&embed=1').embed).toBe(true);
    expect(parseHash('#/?preset=article&embed=true').embed).toBe(false);
    expect(parseHash('').embed).toBe(false);
  });
});

describe('parameters this version does not know', () => {
  it('are kept as they are, after the known ones', () => {
    const read = parseHash('#/?future=1&preset=small&step=2&x=a:b');
    expect(read.unknown).toEqual([
      ['future', '1'],
      ['x', 'a:b'],
    ]);
    expect(formatHash({ ...read, step: 3 })).toBe('#/?preset=small&step=3&future=1&x=a:b');
  });
});

describe('formatHash', () => {
  it('writes preset, step and selection and round-trips', () => {
    const hash = formatHash(view({ preset: 'article', step: 14, selected: 'node:node-a' }));
    expect(hash).toBe('#/?preset=article&step=14&sel=node:node-a');
    expect(parseHash(hash)).toMatchObject({ preset: 'article', step: 14, selected: 'node:node-a' });
  });

  it('writes every part, embed and walk included, and drops a cleared selection', () => {
    const hash = formatHash(
      view({ preset: 'small', step: 0, embed: true, walk: { from: 'pod:web-1', to: 'pod:api-1' } }),
    );
    expect(hash).toContain('embed=1');
    expect(hash).toContain('trace=pod:web-1%2Cpod:api-1');
    expect(hash).not.toContain('sel=');
  });

  it('writes s= for a custom scenario instead of a preset', () => {
    expect(formatHash(view({ scenario: 'abc', step: 5 }))).toBe('#/?s=abc&step=5');
    expect(formatHash(view({ preset: 'large', step: 0 }))).toBe('#/?preset=large&step=0');
    const hash = formatHash(
      view({ scenario: 'v1.abc-_', step: 2, walk: { from: 'pod:a', to: 'pod:b' }, embed: true }),
    );
    expect(hash).toBe('#/?s=v1.abc-_&step=2&trace=pod:a%2Cpod:b&embed=1');
    expect(parseHash(hash)).toMatchObject({ scenario: 'v1.abc-_', preset: null, step: 2 });
  });

  it('writes the walk and the what-if next to the view', () => {
    const hash = formatHash(
      view({
        preset: 'article',
        step: 44,
        selected: 'vrouter',
        walk: { from: 'pod:web-1', to: 'pod:api-1' },
        hop: 5,
        whatIf: { faults: [{ kind: 'vpc-route-deleted', node: 'node-b' }], routeQuota: 3 },
      }),
    );
    expect(hash).toBe(
      '#/?preset=article&step=44&sel=vrouter&trace=pod:web-1%2Cpod:api-1&hop=5&faults=vpc-route-deleted:node-b&quota=3',
    );
  });

  it('leaves out the walk, the hop and the what-if when there are none', () => {
    expect(formatHash(view({ step: 2, hop: 2 }))).toBe('#/?step=2');
  });

  it('writes the lesson stop after the view, and the same view without embed', () => {
    const lesson = view({ preset: 'article', step: 4, selected: 'node:node-a', embed: true });
    expect(formatHash({ ...lesson, lesson: { lesson: 'l', stop: 2 } })).toBe(
      '#/?preset=article&step=4&sel=node:node-a&embed=1&lesson=l&stop=2',
    );
    expect(
      formatHash({ ...parseHash('#/?preset=article&step=5&embed=1&sel=node:node-a'), embed: false }),
    ).toBe('#/?preset=article&step=5&sel=node:node-a');
  });
});

const KNOWN_NAMES = ['s', 'preset', 'step', 'sel', 'tab', 'trace', 'hop', 'faults', 'quota', 'clustermask'];
KNOWN_NAMES.push('ep', 'noep', 'embed', 'lesson', 'stop', 'present', 'lang', 'cni', 'compare');

// Views as the app writes them: every part within what parseHash accepts.
const name = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const endpoint = fc.oneof(
  name.map((n) => `pod:${n}`),
  name.map((n) => `node:${n}`),
  fc.constant('external:internet'),
  fc.ipV4(),
);
const whatIf = fc.record(
  {
    faults: fc.array(fc.record({ kind: fc.constantFrom(...FAULT_KINDS), node: name }), { maxLength: 5 }),
    routeQuota: fc.nat(999_999),
    clusterMask: fc.nat(99),
    cni: fc.constantFrom(...DATAPLANES),
    noEndpoints: fc.constantFrom('api', 'kube-system/kube-dns', 'web'),
  },
  { requiredKeys: [] },
);
const viewState: fc.Arbitrary<ViewState> = fc
  .record({
    source: fc.oneof(
      fc.record({ preset: fc.constantFrom(...PRESET_NAMES), scenario: fc.constant(null) }),
      fc.record({ preset: fc.constant(null), scenario: fc.stringMatching(/^(v1\.)?[A-Za-z0-9_-]{1,80}$/) }),
      fc.constant({ preset: null, scenario: null }),
    ),
    step: fc.option(fc.nat(9_999_999)),
    selected: fc.option(fc.stringMatching(/^[a-z][A-Za-z0-9._/#:-]{0,40}$/)),
    tab: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/)),
    walk: fc.option(fc.record({ from: endpoint, to: endpoint })),
    hop: fc.option(fc.nat(99_999)),
    whatIf: fc.option(whatIf),
    compare: fc.option(fc.constantFrom<readonly Dataplane[]>(['alloc', 'vxlan'], ['vxlan', 'host-gw'])),
    lesson: fc.option(
      fc.record({
        lesson: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/),
        stop: fc.integer({ min: 1, max: 9999 }),
      }),
    ),
    embed: fc.boolean(),
    present: fc.boolean(),
    lang: fc.option(fc.constantFrom('en', 'zh')),
    unknown: fc.array(
      fc.tuple(
        fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/).filter((name) => !KNOWN_NAMES.includes(name)),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 3 },
    ),
  })
  .map(({ source, walk, hop, whatIf: settings, ...rest }) => ({
    ...rest,
    ...source,
    walk,
    // A hop is written only with a walk, and only from 1.
    hop: walk && hop !== null && hop > 0 ? hop : null,
    // A what-if that changes nothing is none.
    whatIf: settings && Object.keys(settings).length > 0 ? settings : null,
  }));

describe('the URL codec', () => {
  it('reads back every view it writes', () => {
    fc.assert(
      fc.property(viewState, (v) => {
        expect(parseHash(formatHash(v))).toEqual(v);
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('writes any hash it reads as a hash that reads the same', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), viewState.map(formatHash), (junk, hash) => {
        for (const h of [junk, `#/?${junk}`, `${hash}&${junk}`]) {
          const read = parseHash(h);
          expect(parseHash(formatHash(read))).toEqual(read);
        }
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});

describe('presentation mode', () => {
  it('reads present=1 and writes it back with the rest of the view', () => {
    const hash = '#/?preset=article&step=14&present=1';
    expect(parseHash(hash)).toEqual(view({ preset: 'article', step: 14, present: true }));
    expect(formatHash(parseHash(hash))).toBe(hash);
    expect(parseHash(formatHash(view({ present: true, walk: null, step: 3 }))).present).toBe(true);
  });

  it('leaves it out when off, and reads any other value as off', () => {
    expect(formatHash(view({ preset: 'article', present: false }))).not.toContain('present');
    expect(parseHash('#/?present=yes').present).toBe(false);
  });
});

describe('lang', () => {
  it('reads lang=zh and lang=en, and refuses another language with a reason', () => {
    expect(readHash('#/?lang=zh')).toMatchObject({ view: { lang: 'zh' }, refused: [] });
    expect(readHash('#/?lang=en')).toMatchObject({ view: { lang: 'en' }, refused: [] });
    expect(readHash('#/?preset=article&lang=fr')).toMatchObject({ view: { lang: null } });
    expect(refusedOf('#/?preset=article&lang=fr')).toEqual(['lang="fr": not a language; use en, zh']);
    expect(formatHash({ ...EMPTY_VIEW, preset: 'article', lang: 'zh' })).toBe('#/?preset=article&lang=zh');
  });
});
