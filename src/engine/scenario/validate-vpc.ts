/**
 * The `vpc` section: VPC CIDR, vSwitches, route quota and NAT gateway. Custom routes are only
 * read here; they are checked once the nodes are known (validate-routes.ts).
 */
import { type Cidr, cidr, contains, containsCidr, formatCidr, formatIp, overlaps } from '../net/ipv4.ts';
import {
  MAX_CUSTOM_ROUTES,
  MAX_ROUTE_QUOTA,
  MAX_VSWITCHES,
  VSWITCH_MAX_PREFIX,
  VSWITCH_MIN_PREFIX,
} from './limits.ts';
import { createNameIndex, readName } from './names.ts';
import { readCidr, readIp } from './net-input.ts';
import {
  checkKeys,
  forEachObject,
  type JsonObject,
  keyPath,
  own,
  type Reporter,
  readArray,
  readInteger,
  readObject,
} from './shape.ts';
import { DEFAULTS } from './types.ts';

// NOTE: ACK / VPC docs: a VPC CIDR must lie within one of the RFC 1918 private ranges.
const PRIVATE_RANGES: readonly Cidr[] = [cidr('10.0.0.0/8'), cidr('172.16.0.0/12'), cidr('192.168.0.0/16')];

export interface VSwitchDraft {
  readonly name: string;
  readonly path: string;
  /** Undefined when the CIDR was invalid (already reported). */
  readonly cidr?: Cidr;
}

export interface VpcDraft {
  readonly cidr?: Cidr;
  readonly vswitches: readonly VSwitchDraft[];
  readonly routeQuota: number;
  readonly natEip?: number;
  /** True when a natGateway object was given, even if its EIP was invalid. */
  readonly hasNatGateway: boolean;
  readonly customRoutes: readonly unknown[];
}

const VPC_KEYS = ['cidr', 'vswitches', 'routeQuota', 'natGateway', 'customRoutes'] as const;

export function validateVpc(r: Reporter, value: unknown, path = 'vpc'): VpcDraft {
  const empty: VpcDraft = {
    vswitches: [],
    routeQuota: DEFAULTS.routeQuota,
    hasNatGateway: false,
    customRoutes: [],
  };
  if (value === undefined) {
    r.error(path, 'is missing; describe the VPC, e.g. { "cidr": "192.168.0.0/16", "vswitches": [ … ] }');
    return empty;
  }
  const vpc = readObject(r, value, path, 'the VPC');
  if (!vpc) return empty;
  checkKeys(r, vpc, path, VPC_KEYS);

  const vpcCidr = readVpcCidr(r, vpc, path);
  const vswitches = validateVSwitches(r, vpc, path, vpcCidr);
  const routeQuota =
    readInteger(r, vpc, 'routeQuota', path, {
      min: 1,
      max: MAX_ROUTE_QUOTA,
      meaning: `the route quota is a whole number of custom route entries from 1 to ${MAX_ROUTE_QUOTA} (200 by default)`,
    }) ?? DEFAULTS.routeQuota;

  const natValue = own(vpc, 'natGateway');
  let natEip: number | undefined;
  if (natValue !== undefined) {
    const natPath = keyPath(path, 'natGateway');
    const nat = readObject(r, natValue, natPath, 'the NAT gateway');
    if (nat) {
      checkKeys(r, nat, natPath, ['eip']);
      natEip = readIp(r, nat, 'eip', natPath, 'a NAT gateway needs its EIP, e.g. "198.51.100.20"');
      if (natEip !== undefined && vpcCidr && contains(vpcCidr, natEip)) {
        r.error(
          keyPath(natPath, 'eip'),
          `${formatIp(natEip)} is inside the VPC ${formatCidr(vpcCidr)}; an EIP is a public address outside the VPC`,
        );
        natEip = undefined;
      }
    }
  }
  const customRoutes =
    readArray(r, vpc, 'customRoutes', path, { max: MAX_CUSTOM_ROUTES, what: 'custom routes' }) ?? [];
  return {
    ...(vpcCidr ? { cidr: vpcCidr } : {}),
    vswitches,
    routeQuota,
    ...(natEip !== undefined ? { natEip } : {}),
    hasNatGateway: natValue !== undefined,
    customRoutes,
  };
}

/** The VPC CIDR, or undefined when invalid (so later checks do not pile up on a wrong value). */
function readVpcCidr(r: Reporter, vpc: JsonObject, path: string): Cidr | undefined {
  const block = readCidr(r, vpc, 'cidr', path, 'the VPC needs a CIDR such as "192.168.0.0/16"');
  if (!block || PRIVATE_RANGES.some((range) => containsCidr(range, block))) return block;
  r.error(
    keyPath(path, 'cidr'),
    `${formatCidr(block)} is not a private range; a VPC CIDR must lie within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`,
  );
  return undefined;
}

function validateVSwitches(r: Reporter, vpc: JsonObject, path: string, vpcCidr?: Cidr): VSwitchDraft[] {
  const list = readArray(r, vpc, 'vswitches', path, {
    max: MAX_VSWITCHES,
    what: 'vSwitches',
    required: 'the VPC needs at least one vSwitch, e.g. [{ "name": "vsw-a", "cidr": "192.168.0.0/24" }]',
  });
  if (!list) return [];
  if (list.length === 0) {
    r.error(keyPath(path, 'vswitches'), 'is empty; the VPC needs at least one vSwitch for its ECS nodes');
    return [];
  }
  const seen = createNameIndex('vSwitch name');
  const out: VSwitchDraft[] = [];
  forEachObject(r, list, keyPath(path, 'vswitches'), 'a vSwitch', ['name', 'cidr'], (vsw, at) => {
    const named = readName(r, vsw, at, 'vSwitch name', 'label');
    if (named) seen(r, named.name, keyPath(at, 'name'));
    let block = readCidr(
      r,
      vsw,
      'cidr',
      at,
      'every vSwitch needs a CIDR inside the VPC, e.g. "192.168.0.0/24"',
    );
    if (block) block = checkVSwitchCidr(r, block, keyPath(at, 'cidr'), out, vpcCidr);
    if (named) out.push({ name: named.name, path: at, ...(block ? { cidr: block } : {}) });
  });
  return out;
}

function checkVSwitchCidr(
  r: Reporter,
  block: Cidr,
  at: string,
  earlier: readonly VSwitchDraft[],
  vpcCidr?: Cidr,
): Cidr | undefined {
  const text = formatCidr(block);
  if (block.prefix < VSWITCH_MIN_PREFIX || block.prefix > VSWITCH_MAX_PREFIX) {
    r.error(
      at,
      `${text} has a /${block.prefix} mask; a vSwitch mask must be /${VSWITCH_MIN_PREFIX} to /${VSWITCH_MAX_PREFIX}`,
    );
    return undefined;
  }
  if (vpcCidr && !containsCidr(vpcCidr, block)) {
    r.error(
      at,
      `${text} is not inside the VPC ${formatCidr(vpcCidr)}; a vSwitch takes its addresses from its VPC`,
    );
    return undefined;
  }
  const clash = earlier.find((other) => other.cidr && overlaps(other.cidr, block));
  if (clash?.cidr) {
    r.error(
      at,
      `${text} overlaps vSwitch "${clash.name}" (${formatCidr(clash.cidr)}); vSwitches in one VPC must not overlap`,
    );
    return undefined;
  }
  return block;
}
