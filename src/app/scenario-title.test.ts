import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, presetScenario } from '../engine/scenario/presets.ts';
import { scenarioTitle } from '../i18n/zh-CN/scenario-titles.ts';
import { growingCluster, troubledCluster } from '../lessons/catalog/scenarios.ts';

const CJK = /[\u4e00-\u9fff]/;

describe("the built-in scenarios' titles in Chinese", () => {
  const titles = [
    ...PRESET_NAMES.map((name) => presetScenario(name).title),
    growingCluster.title,
    troubledCluster.title,
  ];

  it.each(titles)('%s has its Chinese', (title) => {
    expect(scenarioTitle(title)).toMatch(CJK);
    expect(scenarioTitle(title)).not.toBe(title);
  });

  it("says the dataplane a link switched to, and leaves a user's own title as written", () => {
    expect(scenarioTitle('Small: three workers', 'Terway（ENI，策略路由）')).toBe(
      '小型：三个工作节点 · 改用 Terway（ENI，策略路由）',
    );
    expect(scenarioTitle('My lab cluster')).toBe('My lab cluster');
  });

  // The title engine/import/to-scenario.ts gives an imported cluster.
  it("says an imported cluster's title with its counts", () => {
    expect(scenarioTitle('Imported cluster: 1 node, 5 pods')).toBe('导入的集群：1 个节点，5 个 Pod');
    expect(scenarioTitle('Imported cluster: 4 nodes, 1 pod')).toBe('导入的集群：4 个节点，1 个 Pod');
  });
});
