/** A pod: its netns box (name, eth0 address, containers) and the host end of its veth pair. */
import { formatIp, type PodState } from '../engine/index.ts';
import { element, lineIn } from './elements-infra.ts';
import { containerId, podId, podIpKey, vethId } from './ids.ts';
import { BADGE_HEIGHT, badgeWidth, offset } from './metrics.ts';
import { podName } from './names.ts';
import type { PodSlot } from './node-plan.ts';
import type { Point, TopologyElement } from './types.ts';

function podBadge(pod: PodState, x: number, bottom: number, maxWidth: number) {
  if (pod.phase === 'Running') return [];
  const failed = pod.phase === 'Failed' || pod.error !== undefined;
  const width = Math.min(maxWidth, badgeWidth(pod.phase));
  return [
    {
      text: pod.phase,
      tone: failed ? ('error' as const) : ('info' as const),
      box: { x, y: bottom - BADGE_HEIGHT - 5, width, height: BADGE_HEIGHT },
    },
  ];
}

/** The pod's elements, or none before its sandbox exists. */
export function podElements(pod: PodState | undefined, slot: PodSlot, origin: Point): TopologyElement[] {
  if (!pod) return [];
  const box = offset(slot.box, origin.x, origin.y);
  const id = podId(pod.name);
  const failed = pod.phase === 'Failed' || pod.error !== undefined;
  const status = failed ? 'failed' : pod.phase === 'Running' ? 'ok' : 'pending';
  const lines = [lineIn(box, id, pod.name, 8, 18, 'title')];
  if (pod.ip !== undefined)
    lines.push(lineIn(box, podIpKey(pod.name), `eth0 ${formatIp(pod.ip)}`, 8, 34, 'mono'));
  const badges = podBadge(pod, box.x + 6, box.y + box.height, box.width - 12);
  const brief = pod.ip === undefined ? pod.name : `${pod.name} · ${formatIp(pod.ip)}`;
  const out = [element(id, 'pod', box, podName(pod), lines, { status, badges, brief })];
  if (pod.veth) {
    const veth = offset(slot.veth, origin.x, origin.y);
    const vid = vethId(pod.name, pod.containers);
    const name = `veth ${pod.veth.hostName} on ${pod.node}, the host end of ${pod.name}'s eth0`;
    out.push(element(vid, 'veth', veth, name, [lineIn(veth, vid, pod.veth.hostName, 6, 12, 'mono')]));
  }
  for (const c of slot.containers) {
    const cbox = offset(c.box, origin.x, origin.y);
    const cid = containerId(pod.name, c.name);
    out.push(
      element(cid, 'container', cbox, `Container ${c.name} in pod ${pod.name}`, [
        lineIn(cbox, cid, c.name, 14, 11, 'label'),
      ]),
    );
  }
  return out;
}
