/** Field checks for the embed's messages (messages.ts); each returns a reason, or the value. */

const MAX_ENDPOINT = 300;

// DESIGN.md §3.2: pod:NAME, pod:NAME/CONTAINER, node:NAME, external:NAME, or an IPv4 address.
// Names are DNS-1123 labels (pods: subdomains), as the scenario validator requires.
const LABEL = '[a-z0-9](?:[-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = `${LABEL}(?:\\.${LABEL})*`;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ENDPOINT = new RegExp(
  `^(?:pod:${SUBDOMAIN}(?:/${LABEL})?|node:${LABEL}|external:${LABEL}|${OCTET}(?:\\.${OCTET}){3})$`,
);

/** A whole number from 0 to `max`, or why not (a phrase after the field's name). */
export function readWhole(value: unknown, max: number): number | string {
  if (typeof value !== 'number') return `must be a number, but this is ${kindOf(value)}`;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    return `must be a whole number from 0 to ${max}, but this is ${value}`;
  }
  return value;
}

/** Undefined for a well-formed endpoint, else why not (a phrase after the field's name). */
export function readEndpoint(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be a string, but this is ${kindOf(value)}`;
  if (value.length > MAX_ENDPOINT) return `is ${value.length} characters long; at most ${MAX_ENDPOINT}`;
  if (ENDPOINT.test(value)) return undefined;
  return `is not an endpoint: use pod:NAME, pod:NAME/CONTAINER, node:NAME, external:NAME or an IPv4 address`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string (${JSON.stringify(value.slice(0, 20))})`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
