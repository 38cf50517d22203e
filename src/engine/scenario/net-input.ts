/**
 * IPv4 addresses and CIDRs typed by a user. ip-num validates the text (it rejects leading zeros,
 * which inet_aton would read as octal); ipv4.ts turns it into numbers, which is what the rest of
 * the engine works on. The schema checks the text (`ipAddress`, `cidrBlock`); `networkCidr` is the
 * later pass that refuses host bits.
 */
// The Validator module alone: the package index pulls in all of ip-num (CommonJS, not tree-shaken).
import { Validator } from 'ip-num/dist/src/Validator.js';
import * as v from 'valibot';
import { fileShape } from '../messages/en/fileShape.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import { type Cidr, formatCidr, formatIp, parseCidr, parseIp } from '../net/ipv4.ts';
import { quote, said, text } from './read-json.ts';
import type { Reporter } from './report.ts';

/** Longer than any dotted quad with a prefix; longer text is refused before any parsing. */
const MAX_ADDRESS_TEXT = 24;

const say = (id: keyof typeof fileShape, params?: MessageParams): Message => message(fileShape, id, params);

// For the JSON Schema only: the checks below are the authority.
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;
const IPV4_PATTERN = `^${IPV4}$`;
const CIDR_PATTERN = `^${IPV4}/(3[0-2]|[12]?[0-9])$`;

function ipNumAccepts(check: (text: string) => [boolean, string[]], text: string): boolean {
  try {
    return check(text)[0];
  } catch {
    return false;
  }
}

/** Parses a dotted quad, or undefined when ip-num or ipv4.ts rejects it. */
export function ipFromText(text: string): number | undefined {
  if (text.length > MAX_ADDRESS_TEXT) return undefined;
  if (!ipNumAccepts((t) => Validator.isValidIPv4String(t), text)) return undefined;
  return parseIp(text);
}

function cidrFromText(text: string): ReturnType<typeof parseCidr> {
  return text.length <= MAX_ADDRESS_TEXT && ipNumAccepts((t) => Validator.isValidIPv4CidrNotation(t), text)
    ? parseCidr(text)
    : undefined;
}

/** A string that is an IPv4 address. */
export function ipAddress() {
  return v.pipe(
    text(),
    v.check(
      (value) => ipFromText(value) !== undefined,
      (issue) => {
        const value = issue.input as string;
        return said(issue, say(value.includes('/') ? 'notIpPrefix' : 'notIp', { value: quote(value) }));
      },
    ),
    v.metadata({ pattern: IPV4_PATTERN }),
  );
}

/** A string that is an IPv4 CIDR (address/prefix); its host bits are checked by `networkCidr`. */
export function cidrBlock() {
  return v.pipe(
    text(),
    v.check(
      (value) => cidrFromText(value) !== undefined,
      (issue) => said(issue, cidrProblem(issue.input as string)),
    ),
    v.metadata({ pattern: CIDR_PATTERN }),
  );
}

/**
 * The CIDR of text the schema accepted, in network form. A CIDR with host bits set is refused
 * with the network address it should have been, as host-local and kube-controller-manager refuse it.
 */
export function networkCidr(r: Reporter, text: string | undefined, at: string): Cidr | undefined {
  // The schema has checked the text with ip-num already.
  const parsed = text === undefined ? undefined : parseCidr(text);
  if (!parsed) return undefined;
  if (parsed.hostBits) {
    r.error(
      at,
      say('hostBits', {
        cidr: `${formatIp(parsed.address)}/${parsed.cidr.prefix}`,
        network: formatCidr(parsed.cidr),
      }),
    );
    return undefined;
  }
  return parsed.cidr;
}

/** Says what is wrong with text that is not a CIDR, as precisely as it cheaply can. */
function cidrProblem(text: string): Message {
  const value = quote(text);
  const slash = text.indexOf('/');
  if (slash < 0) {
    return ipFromText(text) !== undefined ? say('noPrefix', { value, text }) : say('notCidr', { value });
  }
  const prefix = text.slice(slash + 1);
  if (ipFromText(text.slice(0, slash)) !== undefined && /^\d{1,3}$/.test(prefix)) {
    return Number(prefix) > 32
      ? say('prefixTooLong', { value, prefix })
      : say('prefixLeadingZero', { value, prefix: Number(prefix) });
  }
  return say('notCidr', { value });
}
