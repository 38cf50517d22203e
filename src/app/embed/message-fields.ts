/** Fields of the embed's messages (messages.ts), as valibot schemas whose sentences name the field. */
import * as v from 'valibot';
import { kindOf } from '../../engine/index.ts';

const MAX_ENDPOINT = 300;

// DESIGN.md §3.2: pod:NAME, pod:NAME/CONTAINER, node:NAME, external:NAME, or an IPv4 address.
// Names are DNS-1123 labels (pods: subdomains), as the scenario validator requires.
const LABEL = '[a-z0-9](?:[-a-z0-9]*[a-z0-9])?';
const SUBDOMAIN = `${LABEL}(?:\\.${LABEL})*`;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ENDPOINT = new RegExp(
  `^(?:pod:${SUBDOMAIN}(?:/${LABEL})?|node:${LABEL}|external:${LABEL}|${OCTET}(?:\\.${OCTET}){3})$`,
);

/** A whole number from 0 to `max`; the sentences start with the field's name. */
export function wholeField(field: string, max: number) {
  const problem = (issue: v.BaseIssue<unknown>) =>
    typeof issue.input === 'number'
      ? `${field} must be a whole number from 0 to ${max}, but this is ${issue.input}`
      : `${field} must be a number, but this is ${kindOf(issue.input)}`;
  return v.pipe(v.number(problem), v.integer(problem), v.minValue(0, problem), v.maxValue(max, problem));
}

/** An endpoint as `trace` takes it; the sentences start with the field's name. */
export function endpointField(field: string) {
  return v.pipe(
    v.string((issue) => `${field} must be a string, but this is ${kindOf(issue.input)}`),
    v.maxLength(
      MAX_ENDPOINT,
      (issue) => `${field} is ${(issue.input as string).length} characters long; at most ${MAX_ENDPOINT}`,
    ),
    v.regex(
      ENDPOINT,
      `${field} is not an endpoint: use pod:NAME, pod:NAME/CONTAINER, node:NAME, external:NAME or an IPv4 address`,
    ),
  );
}
