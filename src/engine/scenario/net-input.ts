/**
 * Reading IPv4 addresses and CIDRs typed by a user. ip-num validates the text (it rejects
 * leading zeros, which inet_aton would read as octal); ipv4.ts turns it into numbers, which is
 * what the rest of the engine works on.
 */
// The Validator module alone: the package index pulls in all of ip-num (CommonJS, not tree-shaken).
import { Validator } from 'ip-num/dist/src/Validator.js';
import { type Cidr, formatCidr, formatIp, parseCidr, parseIp } from '../net/ipv4.ts';
import { type JsonObject, keyPath, quote, type Reporter, readString } from './shape.ts';

/** Longer than any dotted quad with a prefix; longer text is refused before any parsing. */
const MAX_ADDRESS_TEXT = 24;

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

/** Reads `obj[key]` as an IPv4 address; `required` is the hint when it is missing. */
export function readIp(
  r: Reporter,
  obj: JsonObject,
  key: string,
  path: string,
  required?: string,
): number | undefined {
  const text = readString(r, obj, key, path, required === undefined ? {} : { required });
  if (text === undefined) return undefined;
  const ip = ipFromText(text);
  if (ip === undefined) {
    const hint = text.includes('/') ? '; write a single address without a /prefix' : '';
    r.error(keyPath(path, key), `${quote(text)} is not an IPv4 address such as "192.168.0.10"${hint}`);
  }
  return ip;
}

/**
 * Reads `obj[key]` as a CIDR in network form. A CIDR with host bits set is refused with the
 * network address it should have been, as host-local and kube-controller-manager refuse it.
 */
export function readCidr(
  r: Reporter,
  obj: JsonObject,
  key: string,
  path: string,
  required?: string,
): Cidr | undefined {
  const text = readString(r, obj, key, path, required === undefined ? {} : { required });
  if (text === undefined) return undefined;
  const at = keyPath(path, key);
  const parsed =
    text.length <= MAX_ADDRESS_TEXT && ipNumAccepts((t) => Validator.isValidIPv4CidrNotation(t), text)
      ? parseCidr(text)
      : undefined;
  if (parsed === undefined) {
    r.error(at, cidrProblem(text));
    return undefined;
  }
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
