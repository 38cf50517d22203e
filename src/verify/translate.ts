/**
 * The mechanical translation of artifact text into the commands that make a namespace print the
 * same text: `inet X/N brd B scope S dev` → `ip addr add`, a route line → `ip route add` (unless
 * the kernel adds it itself), `iptables -t nat -S` → `iptables-restore` input.
 */
import { type AddrInterface, parseIpRoute } from './artifact-text.ts';
import type { Command } from './command.ts';

/** `ip link` / `ip addr` commands giving an existing interface its MAC, MTU, master, addresses and state. */
export function interfaceCommands(ns: string, iface: AddrInterface): Command[] {
  const ip = (...argv: string[]): Command => ({ ns, argv: ['ip', ...argv] });
  const commands: Command[] = [];
  if (iface.name !== 'lo') {
    const mac = iface.mac === undefined ? [] : ['address', iface.mac];
    commands.push(ip('link', 'set', 'dev', iface.name, ...mac, 'mtu', String(iface.mtu)));
  }
  if (iface.master !== undefined) commands.push(ip('link', 'set', 'dev', iface.name, 'master', iface.master));
  for (const inet of iface.inet) {
    // NOTE: bringing lo up makes the kernel add 127.0.0.1/8 to it; adding it again would fail.
    if (iface.name === 'lo' && inet.cidr === '127.0.0.1/8') continue;
    const brd = inet.brd === undefined ? [] : ['brd', inet.brd];
    commands.push(ip('addr', 'add', inet.cidr, ...brd, 'scope', inet.scope, 'dev', iface.name));
  }
  if (iface.up) commands.push(ip('link', 'set', 'dev', iface.name, 'up'));
  return commands;
}

/**
 * `ip route add LINE` (or `prepend`) for each route of an `ip route` text, except the connected
 * routes (`proto kernel scope link src …`): the kernel adds those when the address is added and
 * the link is up, and the table check compares what it added with the text. A route the kernel
 * refuses is reported, not fatal.
 */
export function routeCommands(ns: string, text: string, verb: 'add' | 'prepend' = 'add'): Command[] {
  return parseIpRoute(text)
    .filter((route) => !route.kernel)
    .map((route) => ({ ns, argv: ['ip', 'route', verb, ...route.line.split(/\s+/)], tolerant: true }));
}

/**
 * `iptables -t nat -S` text as `iptables-restore` input for the nat table: `-P CHAIN POLICY`
 * becomes `:CHAIN POLICY [0:0]`, `-N CHAIN` becomes `:CHAIN - [0:0]`, `-A …` lines stay as they are.
 */
export function natRestoreInput(text: string): string {
  const chains: string[] = [];
  const rules: string[] = [];
  for (const line of text.split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] === '-P') chains.push(`:${words[1]} ${words[2]} [0:0]`);
    else if (words[0] === '-N') chains.push(`:${words[1]} - [0:0]`);
    else if (words[0] === '-A') rules.push(line.trim());
    else if (line.trim() !== '') throw new Error(`unreadable iptables line: ${line}`);
  }
  return ['*nat', ...chains, ...rules, 'COMMIT'].join('\n');
}
