/**
 * The world's pods, stored compactly: one slot per pod of the scenario, in scenario order, with
 * the state the construction gives it in typed arrays (flags, phase, IP, veth ifindex). A
 * PodState object is made when a pod is read, and kept until the pod changes again; its veth
 * name and MACs are derived from the pod's name then (ids.ts), never stored. Read as a
 * ReadonlyMap by name, in the order the pods were created.
 */
import { macAddress, vethName } from '../ids.ts';
import type { PodSpec } from '../scenario/types.ts';
import type { PodPhase, PodState } from './types.ts';

const PRESENT = 1;
const NETNS = 2;
const CNI_DELEGATE = 4;
const VETH = 8;
const HAS_IP = 16;

const PHASES: readonly PodPhase[] = ['Pending', 'ContainerCreating', 'Running', 'Failed'];
const PHASE_CODE: Readonly<Record<PodPhase, number>> = {
  Pending: 0,
  ContainerCreating: 1,
  Running: 2,
  Failed: 3,
};

/** What a pod's creation writes: the sandbox (netns) or a rejection with its phase and error. */
export interface PodCreation {
  readonly phase: PodPhase;
  readonly netns: boolean;
  readonly error?: string;
}

export class PodTable implements ReadonlyMap<string, PodState> {
  readonly #specs: readonly PodSpec[];
  #byName: Map<string, number> | undefined;
  readonly #flags: Uint8Array;
  readonly #phase: Uint8Array;
  readonly #ip: Uint32Array;
  readonly #ifindex: Uint32Array;
  /** Errors of the few pods that have one, by slot. */
  readonly #errors = new Map<number, string>();
  /** Slots in creation order. */
  readonly #created: Uint32Array;
  #size = 0;
  #cache: (PodState | undefined)[];

  /** Names the host end of a pod's veth: the bridge plugin's `veth…` unless told otherwise. */
  readonly #vethName: (pod: string) => string;

  constructor(specs: readonly PodSpec[], namer: (pod: string) => string = vethName) {
    this.#vethName = namer;
    const n = specs.length;
    this.#specs = specs;
    this.#flags = new Uint8Array(n);
    this.#phase = new Uint8Array(n);
    this.#ip = new Uint32Array(n);
    this.#ifindex = new Uint32Array(n);
    this.#created = new Uint32Array(n);
    this.#cache = new Array(n);
  }

  /** An independent copy (a checkpoint's world folded on from, store/world-cache.ts). */
  copy(): PodTable {
    const copy = new PodTable(this.#specs, this.#vethName);
    copy.#byName = this.#byName;
    copy.#flags.set(this.#flags);
    copy.#phase.set(this.#phase);
    copy.#ip.set(this.#ip);
    copy.#ifindex.set(this.#ifindex);
    for (const [slot, error] of this.#errors) copy.#errors.set(slot, error);
    copy.#created.set(this.#created);
    copy.#size = this.#size;
    // The pods already made stay valid: a change clears the copy's own entry.
    copy.#cache = this.#cache.slice();
    return copy;
  }

  get size(): number {
    return this.#size;
  }

  /** The slot (scenario index) of a pod name, or -1. */
  slotOf(name: string): number {
    if (!this.#byName) {
      const byName = new Map<string, number>();
      for (let i = 0; i < this.#specs.length; i++) byName.set((this.#specs[i] as PodSpec).name, i);
      this.#byName = byName;
    }
    return this.#byName.get(name) ?? -1;
  }

  #existing(name: string): number {
    const slot = this.slotOf(name);
    if (slot < 0 || ((this.#flags[slot] as number) & PRESENT) === 0)
      throw new Error(`change refers to unknown pod ${name}`);
    return slot;
  }

  /** The slot of a pod the changes name (it must exist). */
  slotOfExisting(name: string): number {
    return this.#existing(name);
  }

  /** Creates (or re-creates) the pod of `slot`. */
  create(slot: number, creation: PodCreation): void {
    const flags = this.#flags[slot] as number;
    if ((flags & PRESENT) === 0) this.#created[this.#size++] = slot;
    this.#flags[slot] = PRESENT | (creation.netns ? NETNS : 0);
    this.#phase[slot] = PHASE_CODE[creation.phase];
    this.#setError(slot, creation.error);
    this.#cache[slot] = undefined;
  }

  setPhase(slot: number, phase: PodPhase, error: string | undefined): void {
    this.#phase[slot] = PHASE_CODE[phase];
    this.#setError(slot, error);
    this.#cache[slot] = undefined;
  }

  setCniDelegate(slot: number): void {
    this.#flags[slot] = (this.#flags[slot] as number) | CNI_DELEGATE;
    this.#cache[slot] = undefined;
  }

  /** The veth pair: only its ifindex is kept; the name and MACs derive from the pod's name. */
  setVeth(slot: number, ifindex: number): void {
    this.#flags[slot] = (this.#flags[slot] as number) | VETH;
    this.#ifindex[slot] = ifindex;
    this.#cache[slot] = undefined;
  }

  /** The sandbox torn down: no netns, no veth. */
  tearDown(slot: number): void {
    this.#flags[slot] = (this.#flags[slot] as number) & ~(NETNS | VETH);
    this.#cache[slot] = undefined;
  }

  setIp(slot: number, ip: number): void {
    this.#flags[slot] = (this.#flags[slot] as number) | HAS_IP;
    this.#ip[slot] = ip;
    this.#cache[slot] = undefined;
  }

  #setError(slot: number, error: string | undefined): void {
    if (error === undefined) this.#errors.delete(slot);
    else this.#errors.set(slot, error);
  }

  /** The pod of a slot as a PodState (made on the first read after a change). */
  #read(slot: number): PodState {
    const cached = this.#cache[slot];
    if (cached) return cached;
    const spec = this.#specs[slot] as PodSpec;
    const flags = this.#flags[slot] as number;
    const name = spec.name;
    const pod: PodState = {
      name,
      node: spec.node,
      containers: spec.containers,
      phase: PHASES[this.#phase[slot] as number] as PodPhase,
      error: this.#errors.get(slot),
      netns: (flags & NETNS) !== 0,
      cniDelegate: (flags & CNI_DELEGATE) !== 0,
      veth:
        (flags & VETH) === 0
          ? undefined
          : {
              hostName: this.#vethName(name),
              hostMac: macAddress(`veth-host:${name}`),
              podMac: macAddress(`veth-pod:${name}`),
              ifindex: this.#ifindex[slot] as number,
            },
      ip: (flags & HAS_IP) === 0 ? undefined : (this.#ip[slot] as number),
    };
    this.#cache[slot] = pod;
    return pod;
  }

  get(name: string): PodState | undefined {
    const slot = this.slotOf(name);
    if (slot < 0 || ((this.#flags[slot] as number) & PRESENT) === 0) return undefined;
    return this.#read(slot);
  }

  has(name: string): boolean {
    const slot = this.slotOf(name);
    return slot >= 0 && ((this.#flags[slot] as number) & PRESENT) !== 0;
  }

  *values(): MapIterator<PodState> {
    for (let i = 0; i < this.#size; i++) yield this.#read(this.#created[i] as number);
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.#size; i++) yield (this.#specs[this.#created[i] as number] as PodSpec).name;
  }

  *entries(): MapIterator<[string, PodState]> {
    for (let i = 0; i < this.#size; i++) {
      const pod = this.#read(this.#created[i] as number);
      yield [pod.name, pod];
    }
  }

  [Symbol.iterator](): MapIterator<[string, PodState]> {
    return this.entries();
  }

  forEach(callback: (value: PodState, key: string, map: ReadonlyMap<string, PodState>) => void): void {
    for (let i = 0; i < this.#size; i++) {
      const pod = this.#read(this.#created[i] as number);
      callback(pod, pod.name, this);
    }
  }

  get [Symbol.toStringTag](): string {
    return 'PodTable';
  }
}
