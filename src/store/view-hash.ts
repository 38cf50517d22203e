/**
 * The one URL codec (DESIGN.md §3.3): a location hash to a ViewState and back. Hash routing, so
 * any static host works: `#/?preset=article&step=14&sel=node:node-a`, `#/?s=<scenario>`,
 *   tab=ARTIFACT         the inspector's open artifact of the selected element
 *   trace=FROM,TO        the walk's endpoints as `trace FILE --from --to` takes them (§3.2)
 *   ep=pod:NAME          for a walk to a Service: the endpoint kube-proxy is taken to pick
 *   hop=N                the hop shown, 1-based over the request's then the reply's hops
 *   faults=KIND:NODE,…   the what-if faults, replacing the scenario's (empty: none)
 *   quota=N              the what-if VPC route quota
 *   clustermask=N        the what-if prefix length of the cluster CIDR
 *   noep=SERVICE         the what-if Service ([NAMESPACE/]NAME) whose endpoints are emptied
 *   cni=BACKEND          the dataplane: Flannel alloc (VPC routes), vxlan or host-gw
 *   compare=A,B          the compare view of two dataplanes
 *   embed=1              embed mode
 *   lesson=ID&stop=N     a lesson stop
 *   present=1            presentation mode
 *   lang=zh|en           the language (docs/i18n.md); without it, the visitor's own
 * Anything malformed reads as absent; the engine validates the rest (unknown nodes, bad sizes).
 * A walk or what-if part that is dropped is named, with why, by `readHash` (shown as "Not
 * applied: …"). No other module reads `location.hash` parameters or builds a query string.
 */

import {
  currentPlaceId,
  DATAPLANES,
  type Dataplane,
  FAULT_KINDS,
  type Fault,
  type FaultKind,
  type Message,
  type MessageParams,
  message,
  PRESET_NAMES,
  type PresetName,
  refusals,
  type Text,
} from '../engine/index.ts';
import { isLang, LANGS, type Lang } from '../i18n/lang.ts';
import type { WalkRequest } from './packet-walk.ts';
import type { LessonLocation, ViewState } from './view-state.ts';
import type { WhatIfSettings } from './what-if-scenario.ts';

/** Ids look like `vpc`, `node:node-a`, `node:node-a/cni0`, `pod:web-1/veth#host`, `route:0.0.0.0/0`. */
const ELEMENT_ID = /^[a-z][A-Za-z0-9._/#:-]{0,300}$/;
/** Artifact names: `subnet.env`, `ip-route`, `10-flannel.conf`. */
const ARTIFACT = /^[a-z0-9][a-z0-9._-]{0,60}$/;
/** `pod:web-1`, `pod:web-1/nginx`, `node:node-a`, `external:internet`, `203.0.113.10`. */
const ENDPOINT = /^[a-z0-9][a-z0-9.:/-]{0,250}$/;
const NODE_NAME = /^[a-z0-9][a-z0-9.-]{0,252}$/;
/** A Service: `api`, `kube-system/kube-dns`. */
const SERVICE_NAME = /^([a-z0-9][a-z0-9-]{0,62}\/)?[a-z0-9][a-z0-9-]{0,62}$/;
/** A Service's endpoint pod: `pod:api-2`. */
const ENDPOINT_POD = /^pod:[a-z0-9][a-z0-9.-]{0,252}$/;
const LESSON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_LESSON_ID = 80;
const MAX_FAULTS = 400;
/** The parameters this module reads; any other is kept as it is. */
const KNOWN = new Set([
  's',
  'preset',
  'step',
  'sel',
  'tab',
  'trace',
  'ep',
  'hop',
  'faults',
  'quota',
  'clustermask',
  'noep',
  'embed',
  'lesson',
  'stop',
  'present',
  'lang',
  'cni',
  'compare',
]);

function paramsOf(hash: string): URLSearchParams {
  const query = hash.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : hash.slice(query + 1));
}

function isPresetName(value: string | null): value is PresetName {
  return value !== null && (PRESET_NAMES as readonly string[]).includes(value);
}

function readInt(text: string | null, digits: number): number | null {
  return text !== null && new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : null;
}

/** A number as a person or a script might write it (-1, 1e5, 2.5): the engine judges its value. */
const NUMBER = /^[+-]?(\d{1,30}(\.\d{0,30})?|\.\d{1,30})(e[+-]?\d{1,4})?$/i;

/** Characters shown escaped in a refusal: controls, and the marks that reorder text (bidi). */
// JSON.stringify escapes the C0 controls itself.
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_SHOWN = 60;

/** A value as a refusal quotes it: cut short, quoted, with invisible characters spelled out. */
function shown(text: string): string {
  const cut = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return JSON.stringify(cut).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const say = (id: keyof typeof refusals, params?: MessageParams): Message => message(refusals, id, params);
const endpointForms = () => say('endpointForms');

function readMatching(text: string | null, pattern: RegExp): string | null {
  return text !== null && pattern.test(text) ? text : null;
}

/** `ep=pod:NAME`, only beside a walk: the engine says whether that pod is an endpoint. */
function readChosenEndpoint(text: string | null, walk: boolean, refused: Text[]): string | null {
  if (text === null) return null;
  if (!ENDPOINT_POD.test(text)) {
    refused.push(say('epNotPod', { value: shown(text) }));
    return null;
  }
  if (!walk) {
    refused.push(say('epWithoutWalk', { value: shown(text) }));
    return null;
  }
  return text;
}

function readWalk(params: URLSearchParams, refused: Text[]): WalkRequest | null {
  const walk = readEndpoints(params.get('trace'), refused);
  const endpoint = readChosenEndpoint(params.get('ep'), walk !== null, refused);
  return walk && endpoint !== null ? { ...walk, endpoint } : walk;
}

function readEndpoints(text: string | null, refused: Text[]): WalkRequest | null {
  if (text === null) return null;
  const parts = text.split(',');
  const [from, to] = parts;
  if (parts.length !== 2 || !from || !to) {
    refused.push(say('traceForm', { value: shown(text), forms: endpointForms() }));
    return null;
  }
  const bad = [from, to].find((endpoint) => !ENDPOINT.test(endpoint));
  if (bad !== undefined) {
    refused.push(say('traceEndpoint', { value: shown(text), bad: shown(bad), forms: endpointForms() }));
    return null;
  }
  return { from, to };
}

function readFaults(text: string, refused: Text[]): Fault[] {
  const faults: Fault[] = [];
  const items = text.split(',');
  if (items.length > MAX_FAULTS) refused.push(say('faultsCapped', { max: MAX_FAULTS }));
  for (const item of items.slice(0, MAX_FAULTS)) {
    if (item === '' && items.length === 1) continue;
    const colon = item.indexOf(':');
    const kind = item.slice(0, colon);
    const node = item.slice(colon + 1);
    if (colon <= 0) {
      refused.push(say('faultForm', { value: shown(item) }));
    } else if (!(FAULT_KINDS as readonly string[]).includes(kind)) {
      refused.push(
        say('faultKindUnknown', { value: shown(item), kind: shown(kind), kinds: FAULT_KINDS.join(', ') }),
      );
    } else if (!NODE_NAME.test(node)) {
      refused.push(say('faultNodeName', { value: shown(item), node: shown(node) }));
    } else {
      faults.push({ kind: kind as FaultKind, node });
    }
  }
  return faults;
}

/** A what-if number: any number goes on to the engine, which applies it or says why not. */
function readNumber(params: URLSearchParams, name: string, refused: Text[]): number | null {
  const text = params.get(name);
  if (text === null) return null;
  if (!NUMBER.test(text)) {
    refused.push(say('paramNotNumber', { name, value: shown(text) }));
    return null;
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    refused.push(say('paramTooLarge', { name, value: shown(text) }));
    return null;
  }
  // -0 reads as 0, so that the value written back is the value read.
  return value === 0 ? 0 : value;
}

function readCni(text: string | null, refused: Text[]): Dataplane | null {
  if (text === null) return null;
  if ((DATAPLANES as readonly string[]).includes(text)) return text as Dataplane;
  refused.push(say('notDataplane', { value: shown(text), options: DATAPLANES.join(', ') }));
  return null;
}

/** `compare=A,B`: two different dataplanes. */
function readCompare(text: string | null, refused: Text[]): readonly Dataplane[] | null {
  if (text === null) return null;
  const parts = text.split(',');
  const known = parts.filter((p): p is Dataplane => (DATAPLANES as readonly string[]).includes(p));
  if (parts.length !== 2 || known.length !== 2 || known[0] === known[1]) {
    refused.push(say('compareTwo', { value: shown(text), options: DATAPLANES.join(', ') }));
    return null;
  }
  return known;
}

function readWhatIf(params: URLSearchParams, refused: Text[]): WhatIfSettings | null {
  const faults = params.get('faults');
  const routeQuota = readNumber(params, 'quota', refused);
  const clusterMask = readNumber(params, 'clustermask', refused);
  const cni = readCni(params.get('cni'), refused);
  const noEndpoints = readService(params.get('noep'), refused);
  if (faults === null && routeQuota === null && clusterMask === null && cni === null && noEndpoints === null)
    return null;
  return {
    ...(faults === null ? {} : { faults: readFaults(faults, refused) }),
    ...(routeQuota === null ? {} : { routeQuota }),
    ...(clusterMask === null ? {} : { clusterMask }),
    ...(cni === null ? {} : { cni }),
    ...(noEndpoints === null ? {} : { noEndpoints }),
  };
}

/** `noep=[NAMESPACE/]NAME`: the engine says whether the scenario has that Service. */
function readService(text: string | null, refused: Text[]): string | null {
  if (text === null) return null;
  if (SERVICE_NAME.test(text)) return text;
  refused.push(say('noepName', { value: shown(text) }));
  return null;
}

function readLang(text: string | null, refused: Text[]): Lang | null {
  if (text === null || isLang(text)) return text;
  refused.push(say('notLanguage', { value: shown(text), options: LANGS.join(', ') }));
  return null;
}

/** A missing or bad `stop` reads as the first. */
function readLesson(params: URLSearchParams): LessonLocation | null {
  const lesson = params.get('lesson');
  if (lesson === null || lesson.length > MAX_LESSON_ID || !LESSON_ID.test(lesson)) return null;
  const stopText = params.get('stop') ?? '';
  const stop = /^\d{1,4}$/.test(stopText) ? Math.max(1, Number(stopText)) : 1;
  return { lesson, stop };
}

/** A hash as read: the view, and a sentence for each walk or what-if part it had to drop. */
export interface ReadHash {
  readonly view: ViewState;
  readonly refused: readonly Text[];
}

/** Reads the view from a location hash, and says what of its walk and what-if it could not read. */
export function readHash(hash: string): ReadHash {
  const params = paramsOf(hash);
  const refused: Text[] = [];
  const scenarioText = params.get('s');
  const scenario = scenarioText && scenarioText.length > 0 ? scenarioText : null;
  const preset = params.get('preset');
  const walk = readWalk(params, refused);
  const view: ViewState = {
    // `s=` wins over `preset`.
    preset: scenario === null && isPresetName(preset) ? preset : null,
    scenario,
    step: readInt(params.get('step'), 7),
    selected: mapNullable(readMatching(params.get('sel'), ELEMENT_ID), currentPlaceId),
    tab: readMatching(params.get('tab'), ARTIFACT),
    walk,
    hop: walk ? readInt(params.get('hop'), 5) : null,
    whatIf: readWhatIf(params, refused),
    compare: readCompare(params.get('compare'), refused),
    lesson: readLesson(params),
    embed: params.get('embed') === '1',
    present: params.get('present') === '1',
    lang: readLang(params.get('lang'), refused),
    unknown: [...params].filter(([name]) => !KNOWN.has(name)),
  };
  return { view, refused };
}

/** The link's language alone, read before its scenario (a large one's progress panel speaks it). */
export function langOfHash(hash: string): Lang | null {
  const lang = paramsOf(hash).get('lang');
  return isLang(lang) ? lang : null;
}

/** Reads the view from a location hash; anything malformed reads as absent. */
export function parseHash(hash: string): ViewState {
  return readHash(hash).view;
}

/** The hash of a view, its parameters always in the same order. */
export function formatHash(view: ViewState): string {
  const params = new URLSearchParams();
  const put = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined) params.set(name, String(value));
  };
  // A scenario carried in the link is written first, encoded once: at 200 nodes it is tens of kB,
  // and encoding it again at every step cost more than the step.
  const scenario = view.scenario === null ? '' : encodedScenario(view.scenario);
  if (view.scenario === null) put('preset', view.preset);
  put('step', view.step);
  put('sel', view.selected);
  put('tab', view.tab);
  put('trace', view.walk ? `${view.walk.from},${view.walk.to}` : null);
  put('ep', view.walk?.endpoint);
  put('hop', view.walk && view.hop !== null && view.hop > 0 ? view.hop : null);
  put('faults', view.whatIf?.faults?.map((f) => `${f.kind}:${f.node}`).join(','));
  put('quota', view.whatIf?.routeQuota);
  put('clustermask', view.whatIf?.clusterMask);
  put('cni', view.whatIf?.cni);
  put('noep', view.whatIf?.noEndpoints);
  put('compare', view.compare?.join(','));
  put('embed', view.embed ? 1 : null);
  put('lesson', view.lesson?.lesson);
  put('stop', view.lesson?.stop);
  put('present', view.present ? 1 : null);
  put('lang', view.lang);
  for (const [name, value] of view.unknown) if (!KNOWN.has(name)) params.append(name, value);
  const rest = readable(params.toString());
  return `#/?${scenario && rest ? `${scenario}&${rest}` : scenario || rest}`;
}

/** Keeps ids readable in the address bar: `:` and `/` are legal in a fragment's query. */
function readable(query: string): string {
  return query.replaceAll('%3A', ':').replaceAll('%2F', '/');
}

let lastScenario: { readonly param: string; readonly encoded: string } | undefined;

/** `s=…` as URLSearchParams writes it, made readable; the last one kept. */
function encodedScenario(param: string): string {
  if (lastScenario?.param !== param) {
    lastScenario = { param, encoded: readable(new URLSearchParams({ s: param }).toString()) };
  }
  return lastScenario.encoded;
}

/** `f(value)`, or null for null. */
function mapNullable<T, U>(value: T | null, f: (value: T) => U): U | null {
  return value === null ? null : f(value);
}
