/**
 * The view in the URL (DESIGN.md §3.3): `#/?preset=article&step=14&sel=node:node-a`, or `s=` with
 * a scenario instead of `preset`. Parameters this module does not own (trace, hop, embed) are kept.
 */
import { PRESET_NAMES, type PresetName } from '../engine/scenario/presets.ts';

export interface UrlView {
  /** A known preset; null when the URL names none or an unknown one. */
  readonly preset: PresetName | null;
  /** The raw `s=` value, if any (it wins over `preset`). */
  readonly scenario: string | null;
  /** The step, if the URL gives a non-negative integer. */
  readonly step: number | null;
  /** The selected element id, if it is well formed. */
  readonly selected: string | null;
}

/** Ids look like `vpc`, `node:node-a`, `node:node-a/cni0`, `pod:web-1/veth#host`, `route:0.0.0.0/0`. */
const ELEMENT_ID = /^[a-z][A-Za-z0-9._/#:-]{0,300}$/;

function paramsOf(hash: string): URLSearchParams {
  const query = hash.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : hash.slice(query + 1));
}

function isPresetName(value: string | null): value is PresetName {
  return value !== null && (PRESET_NAMES as readonly string[]).includes(value);
}

/** Reads the view from a location hash; anything malformed reads as absent. */
export function readUrl(hash: string): UrlView {
  const params = paramsOf(hash);
  const preset = params.get('preset');
  const scenario = params.get('s');
  const stepText = params.get('step') ?? '';
  const selected = params.get('sel');
  return {
    preset: isPresetName(preset) ? preset : null,
    scenario: scenario && scenario.length > 0 ? scenario : null,
    step: /^\d{1,7}$/.test(stepText) ? Number(stepText) : null,
    selected: selected !== null && ELEMENT_ID.test(selected) ? selected : null,
  };
}

export interface ViewToWrite {
  /** The preset shown; null for a custom scenario. */
  readonly preset: PresetName | null;
  /** The custom scenario's `s=` value; absent or null leaves the URL's `s=` as it is. */
  readonly scenario?: string | null;
  readonly step: number;
  readonly selected: string | null;
}

/** The hash for a view, keeping the parameters of `currentHash` that this module does not own. */
export function writeUrl(currentHash: string, view: ViewToWrite): string {
  const params = paramsOf(currentHash);
  if (view.preset !== null) {
    params.delete('s');
    params.set('preset', view.preset);
  } else {
    params.delete('preset');
    if (view.scenario) params.set('s', view.scenario);
  }
  params.set('step', String(view.step));
  if (view.selected) params.set('sel', view.selected);
  else params.delete('sel');
  // Keep ids readable in the address bar: `:` and `/` are legal in a fragment's query.
  return `#/?${params.toString().replaceAll('%3A', ':').replaceAll('%2F', '/')}`;
}
