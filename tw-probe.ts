import { construct } from './src/engine/construction/construct.ts';
import { presetScenario } from './src/engine/scenario/presets.ts';
import { trace, formatTraceLines } from './src/engine/packet/index.ts';
const base = presetScenario('article');
const s = { ...base, cluster: { ...base.cluster, cni: { plugin: 'terway' } } } as typeof base;
const w = construct(s).final;
for (const [f, t] of [['pod:web-1','pod:api-1'],['pod:web-1','pod:cache-1'],['pod:web-1','external:internet'],['node:node-a','pod:api-1'], ['pod:web-1', 'node:node-b']]) {
  console.log(`### ${f} → ${t}`); console.log(formatTraceLines(trace(w, f, t)).join('\n'));
}
