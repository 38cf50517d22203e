import { broadcastOf, type Cidr } from '../net/ipv4.ts';

/**
 * The private addresses a vSwitch still has for ENIs. The VPC hands out any free address; the
 * explorer takes the lowest one, so the same scenario always gives the same pod IPs (derived).
 */
export class VswitchAddresses {
  readonly name: string;
  readonly cidr: Cidr;
  readonly #taken: Set<number>;
  #next: number;
  readonly #last: number;

  /** `taken`: addresses already in use in the whole VPC (node eth0 addresses, among others). */
  constructor(name: string, cidr: Cidr, taken: ReadonlySet<number>) {
    this.name = name;
    this.cidr = cidr;
    this.#taken = new Set([...taken].filter((ip) => ip > cidr.network && ip <= broadcastOf(cidr)));
    // NOTE: a vSwitch reserves its first address and its last three (DOMAIN.md §2.3).
    this.#next = (cidr.network + 1) >>> 0;
    this.#last = (broadcastOf(cidr) - 3) >>> 0;
  }

  /** How many addresses are left. */
  get available(): number {
    let count = 0;
    for (let ip = this.#next; ip <= this.#last; ip++) if (!this.#taken.has(ip)) count++;
    return count;
  }

  /** Every address is taken from now on (by instances and ENIs outside the scenario). */
  exhaust(): void {
    this.#next = this.#last + 1;
  }

  /** Takes the lowest free address, or undefined when the vSwitch has none left. */
  take(): number | undefined {
    while (this.#next <= this.#last && this.#taken.has(this.#next)) this.#next++;
    if (this.#next > this.#last) return undefined;
    const ip = this.#next;
    this.#taken.add(ip);
    this.#next++;
    return ip;
  }
}
