/** Terway worlds for the tests: the article's cluster on Terway, and the what-ifs a trainer shows. */
import { type Construction, construct } from '../construction/construct.ts';
import { presetScenario } from '../scenario/presets.ts';
import type { CniConfig, Scenario } from '../scenario/types.ts';

type TerwayCni = Extract<CniConfig, { plugin: 'terway' }>;

/** The article preset on Terway (its own vSwitch for pods, ecs.g7.4xlarge quotas), optionally edited. */
export function terwayScenario(
  edit: (s: Scenario) => Scenario = (s) => s,
  cni: Omit<TerwayCni, 'plugin'> = {},
): Scenario {
  const base = presetScenario('article');
  return edit({ ...base, cluster: { ...base.cluster, cni: { plugin: 'terway', ...cni } } });
}

export function terwayArticle(
  edit?: (s: Scenario) => Scenario,
  cni?: Omit<TerwayCni, 'plugin'>,
): Construction {
  return construct(terwayScenario(edit, cni));
}

/** A pod vSwitch of 192.168.8.0/29: four addresses for ENIs, so the article's fifth pod finds none. */
export function smallPodVswitch(): Construction {
  return terwayArticle(
    (s) => ({
      ...s,
      vpc: { ...s.vpc, vswitches: [...s.vpc.vswitches, { name: 'vsw-pods', cidr: '192.168.8.0/29' }] },
      pods: [
        ...s.pods,
        { name: 'web-2', node: 'node-a', containers: ['nginx'] },
        { name: 'web-3', node: 'node-b', containers: ['nginx'] },
      ],
    }),
    { podVswitches: ['vsw-pods'] },
  );
}
