/**
 * Acting on a valid host message (messages.ts has checked its shape). What only the current
 * scenario can tell, such as a step past the end or a pod that does not exist, is answered with
 * an error here, and nothing changes.
 */

import { english, parsePlace, type Scenario } from '../../engine/index.ts';
import type { ExplorerStore } from '../../store/index.ts';
import { loadCustomScenario } from '../share/load-custom.ts';
import { type ErrorEvent, errorEvent, type HostMessage } from './messages.ts';

/** Acts on a message; resolves to an error to send back, or undefined when done. */
export async function actOnHostMessage(
  store: ExplorerStore,
  message: HostMessage,
): Promise<ErrorEvent | undefined> {
  const state = store.getState();
  switch (message.type) {
    case 'podpath:set-scenario': {
      const loaded = await loadCustomScenario(store, message.scenario, message.file);
      // Refused as past what the page builds: the host hears why, as for any refused message.
      const refusal = store.getState().loadError;
      return loaded || refusal === null ? undefined : errorEvent(english(refusal), 'scenario');
    }
    case 'podpath:set-preset':
      state.loadPreset(message.preset);
      return undefined;
    case 'podpath:set-step': {
      const total = state.construction.steps.length;
      if (message.step > total)
        return errorEvent(`step ${message.step} is past the last step, ${total}`, 'step');
      state.goTo(message.step);
      return undefined;
    }
    case 'podpath:set-trace': {
      for (const key of ['from', 'to'] as const) {
        const problem = missingEndpoint(state.scenario, message[key]);
        if (problem) return errorEvent(`${key} ${problem}`, key);
      }
      state.sendPacket(message.from, message.to);
      // A hop asked for is shown paused, as a deep link with `hop=` shows it.
      if (message.hop !== undefined) store.getState().goToHop(message.hop);
      return undefined;
    }
  }
}

/** Why an endpoint names nothing in the scenario, or undefined (addresses are always accepted). */
function missingEndpoint(scenario: Scenario, endpoint: string): string | undefined {
  // The message fields let through only pod:, node:, external: endpoints and addresses.
  const place = parsePlace(endpoint);
  if (!place) return undefined;
  const { kind, name, part: container } = place;
  if (kind === 'node')
    return scenario.nodes.some((n) => n.name === name) ? undefined : `names no node: ${name}`;
  if (kind === 'external') {
    return scenario.externals.some((e) => e.name === name) ? undefined : `names no external: ${name}`;
  }
  const pod = scenario.pods.find((p) => p.name === name);
  if (!pod) return `names no pod: ${name}`;
  if (container !== undefined && !pod.containers.includes(container)) {
    return `names no container ${container} in pod ${name}`;
  }
  return undefined;
}
