/**
 * For a walk to a Service: which endpoint kube-proxy's statistic rules are taken to pick, as a
 * select listing the engine's endpoints with their probabilities (`ep=pod:NAME` in the link), and
 * why an endpoint asked for was not used. The choice is the engine's; this only names it.
 */
import { podPlace } from '../../engine/index.ts';
import { packet } from '../../i18n/en/packet.ts';
import { selectPacketWalk, selectWalkRequest, useExplorer, useExplorerStore } from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FAILED_TEXT, FOCUS_RING } from '../styles.ts';
import { EndpointRouteWhatIf } from '../whatif/ServiceWhatIf.tsx';

const SELECT = `w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`;

/** 0.5 → `50%`, 1/3 → `33.3%`. */
function percent(probability: number): string {
  return `${Number((probability * 100).toFixed(1))}%`;
}

export function ServiceEndpointChoice() {
  const store = useExplorerStore();
  const walk = useExplorer(selectPacketWalk);
  const asked = useExplorer(selectWalkRequest)?.endpoint;
  const { m, f } = useMessages('packet', packet);
  const say = useEngineText();
  if (!walk) return null;
  const refused = walk.endpointRefused;
  const service = walk.trace.outcome === 'error' ? undefined : walk.trace.to.service;
  return (
    <>
      {refused !== null && (
        <p role="alert" className={`mx-2 text-sm ${FAILED_TEXT}`}>
          {f(m.notApplied, { asked: asked ?? '', refused: say(refused) })}
        </p>
      )}
      {service && service.endpoints.length > 0 && (
        <label className="mx-2 flex flex-col gap-1 text-sm">
          {m.endpoint}
          <select
            className={SELECT}
            value={service.endpoint ?? ''}
            onChange={(event) => store.getState().chooseServiceEndpoint(podPlace(event.target.value))}
          >
            {service.endpoints.map((e) => (
              <option key={e.pod} value={e.pod}>
                {`${e.pod} ${e.address} (${percent(e.probability)})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <EndpointRouteWhatIf />
    </>
  );
}
