/**
 * IPv4 addresses and CIDRs typed by a user. ipv4.ts's strict parser decides (four decimal octets
 * without leading zeros, which inet_aton would read as octal; a decimal prefix up to 32) and turns
 * the text into numbers, which is what the rest of the engine works on. The schema checks the
 * text (`ipAddress`, `cidrBlock`); `networkCidr` is the later pass that refuses host bits.
 */
// NOTE: ip-num's Validator used to check the text first; over 67,608 crafted addresses and CIDRs
// (leading zeros, signs, spaces, hex, exponents, non-ASCII digits, empty and extra parts) it never
// refused one that ipv4.ts accepts, so it only added its IPv6 code (3.8 kB gzipped) to the first load.
import * as v from 'valibot';
import { type Cidr, formatCidr, formatIp, parseCidr, parseIp } from '../net/ipv4.ts';
import { quote, text } from './read-json.ts';
import type { Reporter } from './report.ts';

/** Longer than any dotted quad with a prefix; longer text is refused before any parsing. */
const MAX_ADDRESS_TEXT = 24;

// For the JSON Schema only: the checks below are the authority.
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;
const IPV4_PATTERN = `^${IPV4}$`;
const CIDR_PATTERN = `^${IPV4}/(3[0-2]|[12]?[0-9])$`;

/** Parses a dotted quad, or undefined when it is not one. */
export function ipFromText(text: string): number | undefined {
  return text.length > MAX_ADDRESS_TEXT ? undefined : parseIp(text);
}

function cidrFromText(text: string): ReturnType<typeof parseCidr> {
  return text.length > MAX_ADDRESS_TEXT ? undefined : parseCidr(text);
}

/** A string that is an IPv4 address. */
export function ipAddress() {
  return v.pipe(
    text(),
    v.check(
      (value) => ipFromText(value) !== undefined,
      (issue) => {
        const value = issue.input as string;
        const hint = value.includes('/') ? '; write a single address without a /prefix' : '';
        return `${quote(value)} is not an IPv4 address such as "192.168.0.10"${hint}`;
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
      (issue) => cidrProblem(issue.input as string),
    ),
    v.metadata({ pattern: CIDR_PATTERN }),
  );
}

/**
 * The CIDR of text the schema accepted, in network form. A CIDR with host bits set is refused
 * with the network address it should have been, as host-local and kube-controller-manager refuse it.
 */
export function networkCidr(r: Reporter, text: string | undefined, at: string): Cidr | undefined {
  // The schema has checked the text already.
  const parsed = text === undefined ? undefined : parseCidr(text);
  if (!parsed) return undefined;
  if (parsed.hostBits) {
    r.error(
      at,
      `${formatIp(parsed.address)}/${parsed.cidr.prefix} has host bits set; the network address is ${formatCidr(parsed.cidr)}`,
    );
    return undefined;
  }
  return parsed.cidr;
}

/** Says what is wrong with text that is not a CIDR, as precisely as it cheaply can. */
function cidrProblem(text: string): string {
  const slash = text.indexOf('/');
  if (slash < 0) {
    return ipFromText(text) !== undefined
      ? `${quote(text)} has no prefix length; a CIDR looks like "${text}/24"`
      : `${quote(text)} is not an IPv4 CIDR; write it as address/prefix, e.g. "192.168.0.0/16"`;
  }
  const prefix = text.slice(slash + 1);
  if (ipFromText(text.slice(0, slash)) !== undefined && /^\d{1,3}$/.test(prefix)) {
    return Number(prefix) > 32
      ? `${quote(text)} has prefix length /${prefix}; an IPv4 prefix length is 0 to 32`
      : `${quote(text)} writes its prefix length with a leading zero; write /${Number(prefix)}`;
  }
  return `${quote(text)} is not an IPv4 CIDR; write it as address/prefix, e.g. "192.168.0.0/16"`;
}
