/**
 * Routing loops, told truthfully but briefly. Once a packet comes back to a station with the
 * same addresses for the third time, the tables (conntrack included) no longer change, so the
 * last round repeats exactly until a routing hop meets TTL 1. The repeats become one `loop`
 * hop, followed by the real `drop` where the TTL runs out.
 */

import { whyLoop } from './diagnose.ts';
import { withTtl } from './packet.ts';
import { ipText } from './text-cache.ts';
import type { Hop, Packet } from './types.ts';
import type { End, Walk } from './walk.ts';

function decrements(hop: Hop): boolean {
  return hop.after.ttl < hop.before.ttl;
}

/** Ends a walk whose hops from `start` on form one round of a loop; `packet` starts the next round. */
export function endLoop(walk: Walk, start: number, packet: Packet): End {
  const round = walk.hops.slice(start);
  const befores = walk.befores.slice(start);
  const places = [...new Set(round.map((h) => h.at))];
  const first = round[0] as Hop;
  if (!round.some(decrements)) {
    return walk.drop(
      {
        at: first.at,
        before: packet,
        explanation: `The packet keeps coming back to ${first.at} without its TTL falling.`,
      },
      `forwarding loop between ${places.join(' and ')} that never lowers the TTL`,
    );
  }
  let ttl = packet.ttl;
  let skipped = 0;
  let at = 0;
  for (;;) {
    const hop = round[at] as Hop;
    if (decrements(hop)) {
      if (ttl <= 1) break;
      ttl--;
    }
    skipped++;
    at = (at + 1) % round.length;
  }
  const dying = round[at] as Hop;
  const arriving: Packet = skipped === 0 ? packet : withTtl(befores[at] as Packet, ttl);
  if (skipped > 0) {
    walk.record({
      at: first.at,
      deviceIn: first.deviceIn,
      action: 'loop',
      before: packet,
      after: arriving,
      repeats: Math.ceil(skipped / round.length),
      explanation: `The packet is back at ${first.at} with the same addresses, so the same ${round.length} hops (${places.join(' → ')}) keep repeating for ${skipped} more hops (about ${Math.ceil(skipped / round.length)} more rounds), each routing hop taking one off the TTL, until the TTL is down to ${ttl}.`,
    });
  }
  const why = whyLoop(walk.index, packet.dst);
  return walk.drop(
    {
      at: dying.at,
      deviceIn: dying.deviceIn,
      evidence: dying.evidence,
      before: arriving,
      explanation: `The packet arrives at ${dying.at} with TTL ${ttl}; routing it again would bring it to 0, so it is dropped (and ICMP time exceeded goes back to ${ipText(arriving.src)}).`,
    },
    `TTL exceeded: routing loop between ${places.join(' and ')} for ${ipText(packet.dst)}${why ? `: ${why}` : ''}`,
  );
}
