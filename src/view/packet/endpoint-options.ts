/**
 * What the "Source" and "Destination" comboboxes offer: every pod, container, node and external
 * of the scenario as a trace endpoint (DESIGN.md §3.2), and what a typed value means.
 */
import {
  externalPlace,
  formatIp,
  nodePlace,
  podPlace,
  type Scenario,
  serviceRef,
  type WorldState,
} from '../../engine/index.ts';

export interface EndpointOption {
  /** The endpoint as the engine takes it: `pod:web-1`, `pod:web-1/nginx`, `node:node-a`. */
  readonly value: string;
  /** What the list shows next to it. */
  readonly label: string;
}

/**
 * The Services kube-apiserver has admitted, as destinations: `service:NAME` (with the namespace
 * when the name is in several), labelled with the cluster IP the apiserver gave it.
 */
function serviceOptions(services: WorldState['services']): EndpointOption[] {
  return services.map((service) => {
    const shared = services.filter((s) => s.name === service.name).length > 1;
    const value = shared ? serviceRef(service.namespace, service.name) : `service:${service.name}`;
    const ports = service.ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
    return {
      value,
      label: `Service ${service.namespace}/${service.name} (ClusterIP ${formatIp(service.clusterIp)}, ${ports})`,
    };
  });
}

/** Pods with their containers, then nodes, then externals, in scenario order; then the Services. */
export function endpointOptions(scenario: Scenario, services: WorldState['services'] = []): EndpointOption[] {
  const options: EndpointOption[] = [];
  for (const pod of scenario.pods) {
    options.push({ value: podPlace(pod.name), label: `pod ${pod.name} on ${pod.node}` });
    if (pod.containers.length > 1) {
      for (const c of pod.containers)
        options.push({ value: podPlace(pod.name, c), label: `container ${c} in ${pod.name}` });
    }
  }
  for (const node of scenario.nodes)
    options.push({ value: nodePlace(node.name), label: `node ${node.name}, ${node.ip}` });
  for (const ext of scenario.externals) {
    options.push({ value: externalPlace(ext.name), label: `external ${ext.name}, ${ext.ip}` });
  }
  options.push(...serviceOptions(services));
  return options;
}

/** The most suggestions the comboboxes carry: 1,000 nodes × 30 pods made a list of 31,000. */
export const MAX_SUGGESTIONS = 200;

/**
 * The suggestions for what is typed: all of a small scenario's; for a large one, the first
 * MAX_SUGGESTIONS whose value or label contains the typed text (any case), so that the page never
 * builds tens of thousands of options it will not show (issue 20, never freeze).
 */
export function suggestionsFor(options: readonly EndpointOption[], typed: string): readonly EndpointOption[] {
  if (options.length <= MAX_SUGGESTIONS) return options;
  const needle = typed.trim().toLowerCase();
  const found: EndpointOption[] = [];
  for (const option of options) {
    if (found.length === MAX_SUGGESTIONS) break;
    if (option.value.toLowerCase().includes(needle) || option.label.toLowerCase().includes(needle))
      found.push(option);
  }
  return found;
}

/**
 * A typed value as an endpoint: trimmed; a bare name that is exactly one pod, node or external
 * gets its kind (`web-1` → `pod:web-1`); anything else goes to the engine as it is, which
 * resolves addresses and explains what it cannot use.
 */
export function normalizeEndpoint(text: string, scenario: Scenario): string {
  const value = text.trim();
  if (value === '' || value.includes(':') || /^\d/.test(value)) return value;
  const kinds = [
    scenario.pods.some((p) => p.name === value) ? 'pod' : null,
    scenario.nodes.some((n) => n.name === value) ? 'node' : null,
    scenario.externals.some((e) => e.name === value) ? 'external' : null,
  ].filter((k) => k !== null);
  return kinds.length === 1 ? `${kinds[0]}:${value}` : value;
}
