/** The packet walk's and the what-if's parts of the explorer store (issue 5). */
import type { Scenario, Text } from '../engine/index.ts';
import type { WalkRequest } from './packet-walk.ts';
import type { WhatIfSettings } from './what-if-scenario.ts';

/** Where the lazily loaded packet engine (tracer.ts) stands. */
export type EngineStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface PacketSlice {
  /** The packet engine: walks wait for it, or say why it could not be loaded. */
  readonly engine: EngineStatus;
  /** Loads the packet engine (once; again after a failure); resolves whether it is ready. */
  loadEngine(): Promise<boolean>;
  /** The packet being walked, or null. The walk runs on the world after the last step. */
  readonly walk: WalkRequest | null;
  /** The hop cursor, 1-based over the request's then the reply's hops; 0 without hops. */
  readonly hop: number;
  /** Milliseconds (scaled by speed) spent on the current hop: its animation clock. */
  readonly hopTime: number;
  readonly walkPlaying: boolean;
  /** Slow glide: the walk's clock runs at SLOW_GLIDE of the speed, so the packet is easy to follow. */
  readonly slowGlide: boolean;
  setSlowGlide(on: boolean): void;
  /** Sends a packet: moves to the last construction step, the first hop, and plays the walk. */
  sendPacket(from: string, to: string): void;
  /** Restores a walk and hop (from the URL) without touching the step, selection or playback. */
  restoreWalk(walk: WalkRequest | null, hop: number): void;
  closeWalk(): void;
  /** For a walk to a Service: walks it again with kube-proxy taken to pick `endpoint` (`pod:NAME`). */
  chooseServiceEndpoint(endpoint: string): void;
  goToHop(hop: number): void;
  nextHop(): void;
  previousHop(): void;
  firstHop(): void;
  lastHop(): void;
  toggleWalkPlay(): void;
  /** Advances the walk's clock by `elapsedMs` of wall time; auto-advances the hop while playing. */
  tickWalk(elapsedMs: number): void;
}

export interface WhatIfSlice {
  /** The applied what-if and the scenario it was applied to; null when none is applied. */
  readonly whatIf: { readonly base: Scenario; readonly settings: WhatIfSettings } | null;
  /**
   * Why the last what-if or parts of the link were not applied (the shown scenario stays): the
   * engine's sentence, the link's; several joined by "; " (shown after "Not applied: ").
   */
  readonly whatIfError: Text | null;
  /** Applies the settings to the base scenario (replacing earlier ones); empty settings undo it. */
  setWhatIf(settings: WhatIfSettings): void;
}

/** The packet state a URL restores at start: applied before the step is clamped. */
export interface PacketInit {
  readonly whatIf?: WhatIfSettings;
  readonly walk?: WalkRequest | null;
  readonly hop?: number;
  /** The walk and what-if parts the URL codec could not read, each with why (readHash). */
  readonly refused?: readonly Text[];
}

/** What loading another scenario resets: no walk, no what-if. */
export const PACKET_CLEARED = {
  walk: null,
  tab: null,
  hop: 0,
  hopTime: 0,
  walkPlaying: false,
  whatIf: null,
  whatIfError: null,
} as const;
