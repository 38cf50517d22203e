/**
 * What-if for Services (issue 17): a Service without endpoints (`&noep=NAME`), which kube-proxy
 * then REJECTs; and, beside a walk's Endpoint select, the VPC route of the endpoint's node deleted
 * (the `vpc-route-deleted` fault). The engine rebuilds the cluster and the walk; this only sets.
 */
import type { Fault, ServiceSpec } from '../../engine/index.ts';
import { whatif } from '../../i18n/en/whatif.ts';
import {
  selectBaseScenario,
  selectPacketWalk,
  selectScenario,
  selectWhatIfSettings,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING, MUTED } from '../styles.ts';

const SELECT = `min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`;

/** `api`, or `kube-system/kube-dns` outside the default namespace: as `noep=` names it. */
function serviceName(service: ServiceSpec): string {
  const namespace = service.namespace ?? 'default';
  return namespace === 'default' ? service.name : `${namespace}/${service.name}`;
}

/** The What-if panel's Service part: which Service loses its endpoints. */
export function ServiceWhatIf() {
  const store = useExplorerStore();
  const services = useExplorer(selectBaseScenario).services ?? [];
  const settings = useExplorer(selectWhatIfSettings);
  const { m } = useMessages('whatif', whatif);
  if (services.length === 0) return null;
  const { noEndpoints, ...rest } = settings;
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span>
        {m.noEndpoints}
        <span className={`block text-xs ${MUTED}`}>{m.noEndpointsHint}</span>
      </span>
      <select
        value={noEndpoints ?? ''}
        onChange={(e) =>
          store.getState().setWhatIf(e.target.value ? { ...rest, noEndpoints: e.target.value } : rest)
        }
        className={SELECT}
      >
        <option value="">{m.everyServiceKeeps}</option>
        {services.map((s) => (
          <option key={serviceName(s)} value={serviceName(s)}>
            {serviceName(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Beside the Endpoint select of a walk to a Service: delete (or restore) the VPC route of the
 * node the chosen endpoint runs on, to see the call fail on the pod network under the Service.
 */
export function EndpointRouteWhatIf() {
  const store = useExplorerStore();
  const walk = useExplorer(selectPacketWalk);
  const scenario = useExplorer(selectScenario);
  const settings = useExplorer(selectWhatIfSettings);
  const { m, f } = useMessages('whatif', whatif);
  const service = walk && walk.trace.outcome !== 'error' ? walk.trace.to.service : undefined;
  const pod = service?.endpoint;
  const node = pod === undefined ? undefined : scenario.pods.find((p) => p.name === pod)?.node;
  if (!pod || !node) return null;
  const faults = scenario.faults;
  const deleted = faults.some((f) => f.kind === 'vpc-route-deleted' && f.node === node);
  const fault: Fault = { kind: 'vpc-route-deleted', node };
  const toggle = () =>
    store.getState().setWhatIf({
      ...settings,
      faults: deleted ? faults.filter((f) => f.kind !== fault.kind || f.node !== node) : [...faults, fault],
    });
  return (
    <button
      type="button"
      aria-pressed={deleted}
      onClick={toggle}
      className={`mx-2 self-start rounded-lg border px-3 py-1 text-left text-sm ${FOCUS_RING} ${
        deleted
          ? 'border-red-300 bg-red-50 text-red-800 hover:bg-red-100 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200'
          : 'border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800'
      }`}
    >
      {f(deleted ? m.restoreRoute : m.deleteRoute, { node })}
      <span className={`block text-xs ${deleted ? '' : MUTED}`}>{f(m.runsOn, { pod, node })}</span>
    </button>
  );
}
