/**
 * What a replica is: the namespaces it is made of, the commands that build it, where each place
 * of a trace lives in it, and the tables it must print exactly as the engine's artifacts do.
 */
import type { Command } from './command.ts';

/** A table the kernel prints that must read exactly as the engine's artifact. */
export interface TableCheck {
  /** `node:NAME` or `pod:NAME`. */
  readonly place: string;
  /** An artifact, or `links` (the plugin's interfaces: state, MTU, IPv4) or `host-local` (its files). */
  readonly artifact:
    | 'ip-route'
    | 'ip-route-local'
    | 'iptables-nat'
    | 'links'
    | 'host-local'
    | 'vxlan'
    | 'ip-neigh'
    | 'bridge-fdb'
    | 'ip-rule'
    | 'ip-route-table';
  readonly expected: string;
  /** The command that prints the kernel's table. */
  readonly command: Command;
}

/** A replica of one world state, built only of namespaces whose names start with `prefix`. */
export interface Replica {
  readonly prefix: string;
  readonly namespaces: readonly string[];
  /** The build, in order. */
  readonly commands: readonly Command[];
  /** The namespace of each place of a trace (`node:X`, `pod:X`, `vpc-router`, `nat-gateway`, `external:X`). */
  readonly nsOf: ReadonlyMap<string, string>;
  /** The router's device for what the engine names a packet's way in (a vSwitch name, `nat-gateway`). */
  readonly routerIif: ReadonlyMap<string, string>;
  /** The engine's next-hop name for a router gateway address (a node's eth0 → its instance id). */
  readonly routerGateways: ReadonlyMap<string, string>;
  /** The engine's next-hop name for a router device without gateway (a vSwitch bridge → its name). */
  readonly routerDevices: ReadonlyMap<string, string>;
  readonly tables: readonly TableCheck[];
  /** The host folder the replica's host-local IPAM writes to (one folder per node); removed with it. */
  readonly cniDataDir: string;
}

/** The link between the VPC router and the NAT gateway, which the engine does not address. */
export const NAT_LINK = { router: '169.254.0.1', gateway: '169.254.0.2', prefix: 30 } as const;

/** The prerouting observer's table and set names, in every namespace of a replica. */
export const OBSERVER = { table: 'podpath_verify', set: 'seen' } as const;

/** A namespace-scoped `ip …` command. */
export function ipIn(ns: string, ...argv: string[]): Command {
  return { ns, argv: ['ip', ...argv] };
}

/** `sysctl -w` of several keys in a namespace. */
export function sysctlIn(ns: string, settings: Readonly<Record<string, number>>): Command {
  return {
    ns,
    argv: ['sysctl', '-q', '-w', ...Object.entries(settings).map(([key, value]) => `${key}=${value}`)],
  };
}
