/**
 * The "Import from a cluster" panel's logic, without React: the four pasted outputs → what was
 * read, the scenario to open (anonymised or not), and the diagnosis.
 */
import {
  anonymiseScenarioFile,
  diagnose,
  type Finding,
  type ImportNote,
  importCluster,
} from '../../engine/import/index.ts';
import { parseScenario, type Scenario, type Text } from '../../engine/index.ts';

export type ClusterField = 'nodes' | 'pods' | 'flannel' | 'routes';

/** Each output and the command that prints it (the dialog's catalog names the field by its id). */
export const CLUSTER_FIELDS: readonly { field: ClusterField; command: string }[] = [
  { field: 'nodes', command: 'kubectl get nodes -o json' },
  { field: 'pods', command: 'kubectl get pods -A -o json' },
  { field: 'flannel', command: 'kubectl -n kube-system get cm kube-flannel-cfg -o json' },
  { field: 'routes', command: 'aliyun vpc DescribeRouteEntryList --RouteTableId vtb-…' },
];

export type ClusterTexts = Partial<Record<ClusterField, string>>;

/** Why nothing can be opened: no nodes yet, a scenario the engine refuses, or its anonymised copy. */
export type ClusterRefusal =
  | { readonly kind: 'need-nodes' }
  | { readonly kind: 'not-scenario'; readonly path: string; readonly problem: Text }
  | { readonly kind: 'anonymised-failed' };

/** What was read: "4 nodes, 5 pods, cluster CIDR 172.20.0.0/16 (/25 per node), 7 route entries". */
export interface ClusterSummary {
  readonly nodes: number;
  readonly pods: number;
  readonly podCidr: string;
  readonly mask: number;
  readonly routes?: number;
}

export type ClusterReading =
  | { readonly ok: false; readonly refusal: ClusterRefusal; readonly notes: readonly ImportNote[] }
  | {
      readonly ok: true;
      readonly summary: ClusterSummary;
      readonly notes: readonly ImportNote[];
      readonly scenario: Scenario;
      readonly file: Record<string, unknown>;
      readonly findings: readonly Finding[];
    };

/** Reads the pasted outputs; empty fields are left out. */
export function readCluster(texts: ClusterTexts, anonymise: boolean): ClusterReading {
  const given = (f: ClusterField) => (texts[f]?.trim() ? { [f]: texts[f] } : {});
  if (!texts.nodes?.trim()) return { ok: false, refusal: { kind: 'need-nodes' }, notes: [] };
  const result = importCluster({
    nodes: texts.nodes,
    ...given('pods'),
    ...given('flannel'),
    ...given('routes'),
  });
  if (!result.parsed.ok) {
    const first = result.parsed.errors[0];
    return {
      ok: false,
      refusal: {
        kind: 'not-scenario',
        path: `${first?.path}`,
        problem: first?.reason ?? `${first?.message}`,
      },
      notes: result.notes,
    };
  }
  const findings = diagnose(result.parsed.scenario, result.cluster);
  const file = anonymise ? anonymiseScenarioFile(result.file) : result.file;
  const parsed = anonymise ? parseScenario(file) : result.parsed;
  if (!parsed.ok) return { ok: false, refusal: { kind: 'anonymised-failed' }, notes: result.notes };
  const s = parsed.scenario;
  const routes = result.cluster.routes?.length;
  return {
    ok: true,
    summary: {
      nodes: s.nodes.length,
      pods: s.pods.length,
      podCidr: s.cluster.podCidr,
      mask: s.cluster.nodeCidrMaskSize,
      ...(routes === undefined ? {} : { routes }),
    },
    notes: result.notes,
    scenario: s,
    file,
    // Anonymised, the findings would name the real cluster: diagnose what is opened.
    findings: anonymise ? diagnose(s) : findings,
  };
}
