import type { Page } from '@playwright/test';
import { construct, stateAt, type Trace } from '../src/engine/index.ts';
import { trace } from '../src/engine/packet/index.ts';
import { presetScenario } from '../src/engine/scenario/presets.ts';

/** The packet walk's controls and views, found by their accessible names (DESIGN.md §3.4). */
export function packetWalk(page: Page) {
  const hops = page.getByRole('list', { name: 'Packet hops', exact: true });
  return {
    source: page.getByRole('combobox', { name: 'Source', exact: true }),
    destination: page.getByRole('combobox', { name: 'Destination', exact: true }),
    send: page.getByRole('button', { name: 'Send packet', exact: true }),
    hops,
    current: hops.locator('[aria-current="step"]'),
    /** The hop buttons, request then reply, in order (`.nth(n - 1)` is hop n). */
    items: hops.getByRole('button'),
    narration: page.getByRole('region', { name: 'Narration', exact: true }).getByRole('status'),
    headers: page.getByRole('table', { name: /^Headers before and after hop/ }),
    vpcTable: page.getByRole('table', { name: 'VPC route table', exact: true }),
    topology: page.getByRole('region', { name: 'Topology', exact: true }),
    whatIf: page.getByRole('region', { name: 'What-if', exact: true }),
    preset: (name: string) => page.getByRole('button', { name, exact: true }),
    pause: page.getByRole('button', { name: 'Pause', exact: true }),
  };
}

/** The engine's trace over the finished article preset, for expectations in the engine's words. */
export function articleTrace(from: string, to: string, file?: Scenario): Trace {
  const scenario = file ?? presetScenario('article');
  const c = construct(scenario);
  const result = trace(stateAt(c, c.steps.length), from, to);
  if (result.outcome === 'error') throw new Error(result.reason);
  return result;
}

type Scenario = ReturnType<typeof presetScenario>;

/** The last construction step of the article preset, and of it with node-b's VPC route deleted. */
export const LAST = construct(presetScenario('article')).steps.length;
export const LAST_WITH_FAULT = LAST + 1;

/** The 1-based number of the first hop matching, over the request's then the reply's hops. */
export function hopNumber(
  t: Trace,
  match: (at: string, action: string, direction: 'request' | 'reply') => boolean,
): number {
  const all = [
    ...t.hops.map((h) => ({ h, d: 'request' as const })),
    ...(t.reply?.hops ?? []).map((h) => ({ h, d: 'reply' as const })),
  ];
  const index = all.findIndex(({ h, d }) => match(h.at, h.action, d));
  if (index < 0) throw new Error('no such hop');
  return index + 1;
}

export function hopCount(t: Trace): number {
  return t.hops.length + (t.reply?.hops.length ?? 0);
}
