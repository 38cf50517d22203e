/**
 * Services added to a random scenario for the kernel check, drawn from a seed (a small linear
 * congruential generator: the same seed gives the same Services): a ClusterIP Service in front of
 * one to three of its pods, a NodePort Service in front of one, and — every third scenario — a
 * Service without endpoints.
 */

function generator(seed: number): () => number {
  let state = (seed * 2654435761 + 1) >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The scenario file with a `services` list (the file is not changed). */
export function withRandomServices(raw: unknown, seed: number): unknown {
  const file = raw as { pods?: { name: string }[] };
  const pods = (file.pods ?? []).map((p) => p.name);
  const next = generator(seed);
  const pick = (n: number) => {
    const pool = [...pods];
    const out: string[] = [];
    while (out.length < n && pool.length > 0)
      out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as string);
    return out;
  };
  const services: unknown[] = [
    { name: 'svc-a', ports: [{ port: 80, targetPort: 8080 }], endpoints: pick(1 + Math.floor(next() * 3)) },
    { name: 'svc-b', type: 'NodePort', ports: [{ port: 8080, targetPort: 80 }], endpoints: pick(1) },
  ];
  if (seed % 3 === 0)
    services.push({ name: 'svc-none', ports: [{ port: 443, targetPort: 8443 }], endpoints: [] });
  return { ...(raw as object), services };
}
