/**
 * The `vpc` section, after the schema: the VPC CIDR in a private range, vSwitches in it and apart,
 * and the NAT gateway's EIP outside it. Custom routes are checked once the nodes are known
 * (validate-routes.ts).
 */
import { validation } from '../messages/en/validation.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import {
  type Cidr,
  cidr,
  contains,
  containsCidr,
  formatCidr,
  formatIp,
  overlaps,
  parseIp,
} from '../net/ipv4.ts';
import { VSWITCH_MAX_PREFIX, VSWITCH_MIN_PREFIX } from './limits.ts';
import { checkName, createNameIndex } from './names.ts';
import { networkCidr } from './net-input.ts';
import { type Draft, indexPath, keyPath } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import { DEFAULTS } from './types.ts';

const say = (id: keyof typeof validation, params?: MessageParams): Message => message(validation, id, params);

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
  /** True when a natGateway was written, even if it was invalid. */
  readonly hasNatGateway: boolean;
}

export function validateVpc(
  r: Reporter,
  vpc: Draft<ScenarioFile['vpc']> | undefined,
  natGatewayWritten: boolean,
  path = 'vpc',
): VpcDraft {
  const empty: VpcDraft = {
    vswitches: [],
    routeQuota: DEFAULTS.routeQuota,
    hasNatGateway: natGatewayWritten,
  };
  if (!vpc) return empty;
  const vpcCidr = readVpcCidr(r, vpc.cidr, path);
  const vswitches = validateVSwitches(r, vpc.vswitches, keyPath(path, 'vswitches'), vpcCidr);
  let natEip = vpc.natGateway?.eip === undefined ? undefined : parseIp(vpc.natGateway.eip);
  if (natEip !== undefined && vpcCidr && contains(vpcCidr, natEip)) {
    r.error(`${path}.natGateway.eip`, say('eipInVpc', { ip: formatIp(natEip), cidr: formatCidr(vpcCidr) }));
    natEip = undefined;
  }
  checkSnatVswitches(r, vpc.natGateway?.snat, `${path}.natGateway.snat`, vswitches);
  return {
    ...(vpcCidr ? { cidr: vpcCidr } : {}),
    vswitches,
    routeQuota: vpc.routeQuota ?? DEFAULTS.routeQuota,
    ...(natEip !== undefined ? { natEip } : {}),
    hasNatGateway: natGatewayWritten,
  };
}

/** The NAT gateway's SNAT entries name vSwitches of the VPC, each once (CreateSnatEntry). */
function checkSnatVswitches(
  r: Reporter,
  list: readonly (string | undefined)[] | undefined,
  path: string,
  vswitches: readonly VSwitchDraft[],
): void {
  const seen: string[] = [];
  (list ?? []).forEach((name, i) => {
    if (name === undefined) return;
    if (!vswitches.some((v) => v.name === name)) {
      const names = vswitches.map((v) => `"${v.name}"`).join(', ');
      r.error(`${path}[${i}]`, say('snatUnknown', { name, vswitches: names }));
    } else if (seen.includes(name)) {
      r.error(`${path}[${i}]`, say('snatTwice', { name }));
    } else seen.push(name);
  });
}

/** The VPC CIDR, or undefined when invalid (so later checks do not pile up on a wrong value). */
function readVpcCidr(r: Reporter, text: string | undefined, path: string): Cidr | undefined {
  const at = keyPath(path, 'cidr');
  const block = networkCidr(r, text, at);
  if (!block || PRIVATE_RANGES.some((range) => containsCidr(range, block))) return block;
  r.error(at, say('notPrivate', { cidr: formatCidr(block) }));
  return undefined;
}

function validateVSwitches(
  r: Reporter,
  list: Draft<ScenarioFile['vpc']['vswitches']> | undefined,
  listPath: string,
  vpcCidr?: Cidr,
): VSwitchDraft[] {
  const seen = createNameIndex(say('vswitchName'));
  const out: VSwitchDraft[] = [];
  (list ?? []).forEach((vsw, i) => {
    if (!vsw) return;
    const at = indexPath(listPath, i);
    const name = vsw.name;
    if (name !== undefined) {
      checkName(r, name, keyPath(at, 'name'), say('vswitchName'), 'label');
      seen(r, name, keyPath(at, 'name'));
    }
    let block = networkCidr(r, vsw.cidr, keyPath(at, 'cidr'));
    if (block) block = checkVSwitchCidr(r, block, keyPath(at, 'cidr'), out, vpcCidr);
    if (name !== undefined) out.push({ name, path: at, ...(block ? { cidr: block } : {}) });
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
      say('vswitchMask', {
        cidr: text,
        prefix: block.prefix,
        min: VSWITCH_MIN_PREFIX,
        max: VSWITCH_MAX_PREFIX,
      }),
    );
    return undefined;
  }
  if (vpcCidr && !containsCidr(vpcCidr, block)) {
    r.error(at, say('vswitchOutsideVpc', { cidr: text, vpc: formatCidr(vpcCidr) }));
    return undefined;
  }
  const clash = earlier.find((other) => other.cidr && overlaps(other.cidr, block));
  if (clash?.cidr) {
    r.error(at, say('vswitchOverlap', { cidr: text, name: clash.name, other: formatCidr(clash.cidr) }));
    return undefined;
  }
  return block;
}
