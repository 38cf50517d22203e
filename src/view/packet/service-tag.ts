/**
 * A Service's address on the diagram: a ClusterIP is no place (no interface holds it), so it is
 * drawn as a tag beside the node where the walk met kube-proxy's rules, from the hop that
 * rewrote it (DNAT to the endpoint the engine took) or refused it (no endpoints) on. Read from
 * the trace: the Service the walk reached and the hop the engine recorded. Its words are the
 * packet part's, in the page's language (`words`).
 */
import { format, nameOf, type ResolvedEndpoint } from '../../engine/index.ts';
import { packet as en } from '../../i18n/en/packet.ts';
import type { WalkHop } from '../../store/index.ts';
import type { ServiceTag } from '../topology/index.ts';

/** The tag for hop `number` (1-based) of a walk to `to`, once the Service's hop is passed. */
export function serviceTag(
  hops: readonly WalkHop[],
  number: number,
  to: ResolvedEndpoint,
  words: Pick<typeof en, 'serviceDnatTag' | 'serviceRejectTag'> = en,
): ServiceTag | undefined {
  const service = to.service;
  if (!service) return undefined;
  const index = hops.findIndex(
    (h) =>
      h.direction === 'request' &&
      nameOf(h.hop.at, 'node') !== undefined &&
      (h.hop.action === 'dnat' || (h.hop.action === 'drop' && service.endpoints.length === 0)),
  );
  const met = hops[index];
  if (!met || number < met.number) return undefined;
  const { hop } = met;
  const name = service.name.startsWith('default/') ? service.name.slice('default/'.length) : service.name;
  const called = `${hop.before.dst}:${service.port}`;
  const chosen = service.endpoints.find((e) => e.pod === service.endpoint);
  const refused = hop.action === 'drop';
  const label = refused
    ? format(words.serviceRejectTag, { name, called }, 'en')
    : format(words.serviceDnatTag, { name, called, to: chosen?.address ?? hop.after.dst }, 'en');
  // A pod's packet meets the rules while cni0 holds it; the node's own or an outside client's at eth0.
  const device = hop.deviceIn?.startsWith('veth') ? 'cni0' : 'eth0';
  return { place: { at: hop.at, device }, label, refused };
}
