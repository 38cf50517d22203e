import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32, sha256 } from './sha256.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sha256 and base32', () => {
  it('agree with node:crypto on short and long inputs', () => {
    for (const text of [
      '',
      'abc',
      'default/kubernetes:httpstcp',
      'x'.repeat(55),
      'y'.repeat(64),
      'zé'.repeat(100),
    ]) {
      expect(hex(sha256(text))).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it('encodes base32 as RFC 4648 does', () => {
    const enc = (s: string) => base32(new TextEncoder().encode(s));
    expect(enc('foobar')).toBe('MZXW6YTBOI======');
    expect(enc('f')).toBe('MY======');
  });

  it("gives kube-proxy's chain names seen on real clusters", () => {
    // iptables-save of kubeadm clusters: default/kubernetes:https (tcp) and kube-system/kube-dns:dns (udp).
    expect(base32(sha256('default/kubernetes:httpstcp')).slice(0, 16)).toBe('NPX46M4PTMTKRN6Y');
    expect(base32(sha256('kube-system/kube-dns:dnsudp')).slice(0, 16)).toBe('TCOU7JCQXEZGVUNU');
    expect(base32(sha256('kube-system/kube-dns:dns-tcptcp')).slice(0, 16)).toBe('ERIFXISQEP7F7OF4');
  });
});
