import { describe, expect, it } from 'vitest';
import { type Construction, construct, PRESETS, parseScenario } from '../engine/index.ts';
import { stepAfterEdit, topologyChanged } from './step-after-edit.ts';

function build(edit: (file: { nodes: unknown[]; pods: unknown[] }) => void): Construction {
  const file = structuredClone(PRESETS.article) as { nodes: unknown[]; pods: unknown[] };
  edit(file);
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return construct(parsed.scenario);
}

const ARTICLE = build(() => {});
const WITH_NODE_C = build((f) => {
  f.nodes.push({ name: 'node-c' });
});
const WITHOUT_CACHE = build((f) => {
  f.pods = f.pods.filter((p) => (p as { name: string }).name !== 'cache-1');
});

const stepOf = (c: Construction, title: RegExp) => {
  const step = c.steps.find((s) => title.test(s.title));
  if (!step) throw new Error(`no step ${title}`);
  return step;
};

describe('the learner’s place after an edit', () => {
  it('the last step stays the last step of the new construction', () => {
    expect(WITH_NODE_C.steps.length).toBeGreaterThan(ARTICLE.steps.length);
    expect(stepAfterEdit(ARTICLE, ARTICLE.steps.length, WITH_NODE_C)).toBe(WITH_NODE_C.steps.length);
    expect(stepAfterEdit(WITH_NODE_C, WITH_NODE_C.steps.length, ARTICLE)).toBe(ARTICLE.steps.length);
  });

  it('step 0 stays step 0', () => expect(stepAfterEdit(ARTICLE, 0, WITH_NODE_C)).toBe(0));

  it('another step stays the step that did the same, wherever it moved', () => {
    const before = stepOf(ARTICLE, /node-b gets pod CIDR/);
    const after = stepAfterEdit(ARTICLE, before.index, WITH_NODE_C);
    expect(WITH_NODE_C.steps[after - 1]?.title).toBe(before.title);
    // The steps after a new node's ECS moved by one: still found by what they did.
    const cni0 = stepOf(ARTICLE, /creates cni0 on node-b/);
    const moved = stepAfterEdit(ARTICLE, cni0.index, WITH_NODE_C);
    expect(moved).not.toBe(cni0.index);
    expect(WITH_NODE_C.steps[moved - 1]?.title).toBe(cni0.title);
  });

  it('a step that no longer exists gives the last step before it that still does', () => {
    const gone = stepOf(ARTICLE, /cache-1 gets IP/);
    const after = stepAfterEdit(ARTICLE, gone.index, WITHOUT_CACHE);
    expect(WITHOUT_CACHE.steps.some((s) => s.title === gone.title)).toBe(false);
    // Every step about cache-1 went with it: the last one before them about something else.
    const kept = ARTICLE.steps.slice(0, gone.index - 1).findLast((s) => s.target !== 'pod:cache-1');
    expect(WITHOUT_CACHE.steps[after - 1]?.title).toBe(kept?.title);
  });

  it('tells when the topology changed', () => {
    expect(topologyChanged(ARTICLE, WITH_NODE_C)).toBe(true);
    expect(
      topologyChanged(
        ARTICLE,
        build(() => {}),
      ),
    ).toBe(false);
  });
});
