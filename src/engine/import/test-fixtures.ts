import { readFileSync } from 'node:fs';

/**
 * The fixture cluster (fixtures/SOURCES.md names the public reference of each shape): four ACK
 * nodes, one of which has no VPC route entry, a stale entry, and a node whose kubelet stopped.
 */
export function fixtureText(name: 'nodes' | 'pods' | 'flannel-cm' | 'route-entries'): string {
  return readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8');
}

export function fixtureInputs() {
  return {
    nodes: fixtureText('nodes'),
    pods: fixtureText('pods'),
    flannel: fixtureText('flannel-cm'),
    routes: fixtureText('route-entries'),
  };
}
