import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../../engine/index.ts';
import { layoutTopology } from '../../layout/index.ts';
import { ARTICLE } from '../../layout/test-fixtures.ts';
import { createExplorerStore, ExplorerStoreContext } from '../../store/index.ts';
import { Topology } from './Topology.tsx';

const c = construct(ARTICLE);
const last = c.steps[c.steps.length - 1];

/** The diagram reads its words in the page's language from the explorer's store. */
const inStore = (node: React.ReactNode) =>
  renderToString(
    <ExplorerStoreContext value={createExplorerStore({ devtools: false })}>{node}</ExplorerStoreContext>,
  );

function render(step: number, progress = 1, selectedId: string | null = null) {
  return inStore(
    <Topology
      world={stateAt(c, step)}
      step={c.steps[step - 1]}
      selectedId={selectedId}
      onSelect={() => {}}
      progress={progress}
    />,
  );
}

/** The markup of the element group with this accessible name prefix. */
function group(html: string, label: string): string {
  const start = html.indexOf(`aria-label="${label}`);
  expect(start, label).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</g>', start));
}

const stepOf = (title: RegExp) => c.steps.find((s) => title.test(s.title))?.index ?? -1;

describe('<Topology> rendered on the server', () => {
  const html = render(c.steps.length);

  it('shows the article’s final state: pod CIDR, node IP, cni0 gateway, pod IP, EIP', () => {
    expect(last).toBeDefined();
    expect(html).toContain('pod CIDR 172.16.0.128/25');
    expect(html).toContain('eth0 192.168.0.10/24');
    const cni0 = group(html, 'cni0 bridge on node-a');
    expect(cni0).toContain('>cni0</text>');
    expect(cni0).toContain('172.16.0.129/25');
    expect(group(html, 'Pod web-1')).toContain('eth0 172.16.0.130');
    expect(html).toContain('EIP 198.51.100.20');
    for (const route of ['172.16.0.0/25', '172.16.0.128/25', '172.16.1.0/25'])
      expect(html).toContain(`>${route}</text>`);
    expect(html).toContain('aria-label="ECS node node-a, 192.168.0.10, pod CIDR 172.16.0.128/25"');
  });

  it('makes every element a focusable button with a name, and offers zoom controls', () => {
    const buttons = html.match(/<g role="button" tabindex="0" aria-label="[^"]+"/g) ?? [];
    expect(buttons.length).toBe(layoutTopology(c.final).elements.length);
    expect(buttons.length).toBeGreaterThan(30);
    expect(html).toContain('>Fit to view</span></button>');
    expect(html).toContain('aria-label="Zoom in"');
    expect(html).toContain('aria-label="Zoom out"');
    expect(html).toContain('<svg aria-label="Network topology"');
  });

  it('renders names as text, never as markup', () => {
    const hostile = {
      ...ARTICLE,
      nodes: ARTICLE.nodes.map((n) => (n.name === 'node-b' ? { ...n, name: '<b>x</b>' } : n)),
      pods: ARTICLE.pods.map((p) =>
        p.node === 'node-b' ? { ...p, node: '<b>x</b>', name: '<img src=x onerror=alert(1)>' } : p,
      ),
    };
    const out = inStore(
      <Topology
        world={construct(hostile).final}
        step={undefined}
        selectedId={null}
        onSelect={() => {}}
        progress={1}
      />,
    );
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('marks the selected element with a ring', () => {
    const selected = group(render(c.steps.length, 1, 'node:node-a'), 'ECS node node-a');
    expect(selected).toContain('aria-pressed="true"');
    expect(render(c.steps.length, 1, 'node:node-a')).toContain('stroke-cyan-500');
  });
});

describe('<Topology> animates what the step created with progress', () => {
  it('grows cni0 in: half its width at half progress (eased), full at the end', () => {
    const step = stepOf(/^bridge plugin creates cni0 on node-a/);
    const shape = /<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"[^>]*fill-amber-100/;
    const width = (progress: number) => Number(shape.exec(group(render(step, progress), 'cni0 bridge'))?.[1]);
    expect(width(0)).toBe(0);
    expect(width(0.5)).toBeGreaterThan(0);
    expect(width(0.5)).toBeLessThan(width(1));
    expect(width(1)).toBe(layoutTopology(c.final).byId.get('node:node-a/cni0')?.box.width);
    expect(render(step - 1)).not.toContain('cni0 bridge on node-a');
  });

  it('draws a new veth link with a dash offset, and leaves old links alone', () => {
    const step = stepOf(/^veth pair .* for web-1/);
    expect(render(step, 0.25)).toMatch(/pathLength="1" stroke-dasharray="1 1" stroke-dashoffset="0\.\d+"/);
    expect(render(step, 1)).not.toContain('pathLength');
  });

  it('slides a new VPC route into the vRouter badge', () => {
    const step = stepOf(/^CCM adds VPC route 172.16.0.128\/25/);
    expect(render(step, 0.2)).toMatch(
      /<g opacity="0\.\d+" transform="translate\([\d.]+ 0\)">(<rect[^>]*><\/rect>)?<text[^>]*>172\.16\.0\.128\/25</,
    );
  });

  it('highlights what the step touched', () => {
    const step = stepOf(/^bridge plugin creates cni0 on node-a/);
    expect(group(render(step), 'Flannel CNI plugin on node-a')).toContain('stroke-lime-600');
    expect(group(render(step), 'kubelet on node-a')).not.toContain('stroke-lime-600');
  });
});

describe('<Topology> marks failures', () => {
  it('CIDRNotAvailable, failed flanneld and a stuck pod are red with a badge', () => {
    const scenario = { ...ARTICLE, cluster: { ...ARTICLE.cluster, podCidr: '172.16.0.0/24' } };
    const out = inStore(
      <Topology
        world={construct(scenario).final}
        step={undefined}
        selectedId={null}
        onSelect={() => {}}
        progress={1}
      />,
    );
    const node = group(out, 'ECS node node-b');
    expect(node).toContain('stroke-red-600');
    expect(out).toContain('>CIDRNotAvailable</text>');
    expect(out).toContain('>flanneld failed</text>');
    expect(group(out, 'Pod api-1')).toContain('stroke-red-600');
    expect(out).toContain('>Pending</text>');
  });
});
