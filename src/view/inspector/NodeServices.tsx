/**
 * The Services as a node resolves them (issue 17): a ClusterIP is no place on the network, so the
 * inspector of a node lists each Service port's virtual address and the endpoints kube-proxy's
 * rules on that node send it to. Read from the world; loaded only where the scenario has Services.
 */
import { formatIp, type ServiceState, type WorldState } from '../../engine/index.ts';
import { nodeServices } from '../../i18n/en/nodeServices.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { MUTED } from '../styles.ts';

function serviceName(s: ServiceState): string {
  return s.namespace === 'default' ? s.name : `${s.namespace}/${s.name}`;
}

export default function NodeServices({ world, node }: { world: WorldState; node: string }) {
  const { m, f } = useMessages('nodeServices', nodeServices);
  const synced = world.kubeProxy.has(node);
  const ports = world.services.flatMap((s) => s.ports.map((port) => ({ service: s, port })));
  return (
    <details className="text-sm" data-node-services={node}>
      <summary className="cursor-pointer font-medium">
        {m.services} <span className={MUTED}>{f(m.resolved, { count: world.services.length })}</span>
      </summary>
      {!synced ? (
        <p className={`mt-1 text-xs ${MUTED}`}>{f(m.notSynced, { node })}</p>
      ) : (
        <ul aria-label={f(m.servicesOn, { node })} className="mt-1 flex flex-col gap-1 font-mono text-xs">
          {ports.map(({ service, port }) => {
            const endpoints = service.endpoints ?? [];
            return (
              <li
                key={`${serviceName(service)}:${port.name ?? port.port}/${port.protocol}`}
                className="break-words"
              >
                <span className="font-semibold">{serviceName(service)}</span>{' '}
                {`${formatIp(service.clusterIp)}:${port.port}/${port.protocol}`}
                {port.nodePort !== undefined && f(m.nodePort, { port: port.nodePort })}
                {' → '}
                {endpoints.length === 0 ? (
                  <span className="text-red-700 dark:text-red-300">{m.noEndpoints}</span>
                ) : (
                  endpoints.map((e) => `${e.pod} ${formatIp(e.ip)}:${port.targetPort}`).join(', ')
                )}
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
