/**
 * Routing loops, told truthfully but briefly. Once a packet comes back to a station with the
 * same addresses for the third time, the tables (conntrack included) no longer change, so the
 * last round repeats exactly until a routing hop meets TTL 1. The repeats become one `loop`
 * hop, followed by the real `drop` where the TTL runs out.
 */

import { packetHops } from '../messages/en/packetHops.ts';
import { message, type Text } from '../messages/message.ts';
import { whyLoop } from './diagnose.ts';
import { withTtl } from './packet.ts';
import { ipText } from './text-cache.ts';
import type { Hop, Packet } from './types.ts';
import type { End, Walk } from './walk.ts';

/** Places joined by "and", as a message so that each language joins them its own way. */
function placesAnd(places: readonly string[]): Text {
  let text: Text = places[places.length - 1] ?? '';
  for (let i = places.length - 2; i >= 0; i--)
    text = message(packetHops, 'placesAnd', { first: places[i] as string, rest: text });
  return text;
}

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
        explanation: message(packetHops, 'loopNoTtl', { at: first.at }),
      },
      message(packetHops, 'loopForever', { places: placesAnd(places) }),
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
      explanation: message(packetHops, 'loopRepeats', {
        at: first.at,
        n: round.length,
        places: places.join(' → '),
        skipped,
        rounds: Math.ceil(skipped / round.length),
        ttl,
      }),
    });
  }
  const why = whyLoop(walk.index, packet.dst);
  return walk.drop(
    {
      at: dying.at,
      deviceIn: dying.deviceIn,
      evidence: dying.evidence,
      before: arriving,
      explanation: message(packetHops, 'loopTtlOut', { at: dying.at, ttl, ip: ipText(arriving.src) }),
    },
    why
      ? message(packetHops, 'loopTtlWhy', { places: placesAnd(places), ip: ipText(packet.dst), why })
      : message(packetHops, 'loopTtl', { places: placesAnd(places), ip: ipText(packet.dst) }),
  );
}
