import { describe, expect, it } from 'vitest';
import { construct, sayIn, type Text } from '../../engine/index.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { engine } from '../../i18n/zh-CN/engine/index.ts';
import { sayWord } from '../../i18n/zh-CN/index.ts';
import { layoutTopology } from '../../layout/index.ts';
import { findSteps } from './find-step.ts';

const c = construct(presetScenario('article'));
const elements = layoutTopology(c.final).elements;

describe('findSteps', () => {
  it('finds a step by words of its title', () => {
    const [first] = findSteps(c.steps, elements, 'api-1 gets IP');
    expect(first).toMatchObject({ kind: 'step', title: 'api-1 gets IP 172.16.1.2' });
    expect(first?.kind === 'step' && c.steps[first.step - 1]?.title).toBe('api-1 gets IP 172.16.1.2');
  });

  it('puts an element named exactly so first, with the step that acts on it first', () => {
    const found = findSteps(c.steps, elements, 'API-1');
    expect(found[0]).toMatchObject({ kind: 'element', id: 'pod:api-1', label: 'api-1', what: 'pod' });
    const step = found[0]?.kind === 'element' ? found[0].step : null;
    expect(step).not.toBeNull();
    expect(c.steps[(step ?? 0) - 1]?.target).toBe('pod:api-1');
    expect(found.filter((f) => f.kind === 'step').length).toBeGreaterThan(1);
  });

  it('finds a step by the words it shows in Chinese, and still by its English ones', () => {
    const zh = (text: Text) => sayIn(text, (m) => engine[m.id], 'zh-CN');
    const [first] = findSteps(c.steps, elements, 'api-1 获得', 8, zh);
    expect(first).toMatchObject({ kind: 'step', title: 'api-1 获得 IP 172.16.1.2' });
    const [english] = findSteps(c.steps, elements, 'api-1 gets IP', 8, zh);
    expect(english).toMatchObject({ kind: 'step', title: 'api-1 获得 IP 172.16.1.2' });
  });

  it('finds an element by its label in Chinese, and still by its English one', () => {
    const [gateway] = findSteps(c.steps, elements, 'NAT 网关', 8, undefined, sayWord);
    expect(gateway).toMatchObject({ kind: 'element', label: 'NAT gateway', what: 'nat-gateway' });
    const [english] = findSteps(c.steps, elements, 'NAT gateway', 8, undefined, sayWord);
    expect(english).toMatchObject({ kind: 'element', label: 'NAT gateway' });
  });

  it('finds nothing for a blank query, and at most the limit', () => {
    expect(findSteps(c.steps, elements, '  ')).toEqual([]);
    expect(findSteps(c.steps, elements, 'node', 3)).toHaveLength(3);
  });
});
