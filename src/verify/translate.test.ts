import { describe, expect, it } from 'vitest';
import type { AddrInterface } from './artifact-text.ts';
import { interfaceCommands, natRestoreInput, routeCommands } from './translate.ts';

const argvs = (commands: { argv: readonly string[] }[]) => commands.map((c) => c.argv.join(' '));

describe('artifact text to commands', () => {
  it('turns an interface into link settings, its inet lines into ip addr add, then up', () => {
    const eth0: AddrInterface = {
      index: 2,
      name: 'eth0',
      up: true,
      mtu: 1500,
      mac: '02:c3:c1:20:5d:b8',
      inet: [{ cidr: '192.168.0.10/24', brd: '192.168.0.255', scope: 'global' }],
    };
    expect(argvs(interfaceCommands('n', eth0))).toEqual([
      'ip link set dev eth0 address 02:c3:c1:20:5d:b8 mtu 1500',
      'ip addr add 192.168.0.10/24 brd 192.168.0.255 scope global dev eth0',
      'ip link set dev eth0 up',
    ]);
  });

  it('enslaves a port before bringing it up, leaves a down link down, and lets the kernel give lo its address', () => {
    const veth: AddrInterface = {
      index: 4,
      name: 'vethX',
      peerIndex: 2,
      up: false,
      mtu: 1500,
      master: 'cni0',
      inet: [],
    };
    expect(argvs(interfaceCommands('n', veth))).toEqual([
      'ip link set dev vethX mtu 1500',
      'ip link set dev vethX master cni0',
    ]);
    const lo: AddrInterface = {
      index: 1,
      name: 'lo',
      up: true,
      mtu: 65536,
      inet: [{ cidr: '127.0.0.1/8', scope: 'host' }],
    };
    expect(argvs(interfaceCommands('n', lo))).toEqual(['ip link set dev lo up']);
  });

  it('adds every route line except the connected ones the kernel adds itself', () => {
    const text = [
      'default via 172.16.0.129 dev eth0',
      '172.16.0.0/16 via 172.16.0.129 dev eth0',
      '172.16.0.128/25 dev eth0 proto kernel scope link src 172.16.0.130',
    ].join('\n');
    const commands = routeCommands('p', text, 'prepend');
    expect(argvs(commands)).toEqual([
      'ip route prepend default via 172.16.0.129 dev eth0',
      'ip route prepend 172.16.0.0/16 via 172.16.0.129 dev eth0',
    ]);
    expect(commands.every((c) => c.ns === 'p' && c.tolerant)).toBe(true);
  });

  it('turns iptables -t nat -S into iptables-restore input', () => {
    const text = [
      '-P PREROUTING ACCEPT',
      '-P POSTROUTING ACCEPT',
      '-N FLANNEL-POSTRTG',
      '-A POSTROUTING -s 172.16.0.0/16 ! -d 224.0.0.0/4 -j MASQUERADE --random-fully',
    ].join('\n');
    expect(natRestoreInput(text)).toBe(
      [
        '*nat',
        ':PREROUTING ACCEPT [0:0]',
        ':POSTROUTING ACCEPT [0:0]',
        ':FLANNEL-POSTRTG - [0:0]',
        '-A POSTROUTING -s 172.16.0.0/16 ! -d 224.0.0.0/4 -j MASQUERADE --random-fully',
        'COMMIT',
      ].join('\n'),
    );
    expect(() => natRestoreInput('-X something')).toThrow(/unreadable/);
  });
});
