/** The engine's messages in Chinese: the same parts and ids as engine/messages/en/. */
import type { ENGINE_PARTS, EngineMessageId } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';
import { capacity } from './capacity.ts';
import { clusterImport } from './clusterImport.ts';
import { dataplanes } from './dataplanes.ts';
import { drops } from './drops.ts';
import { fileShape } from './fileShape.ts';
import { hops } from './hops.ts';
import { loading } from './loading.ts';
import { overview } from './overview.ts';
import { packetHops } from './packetHops.ts';
import { refusals } from './refusals.ts';
import { serviceSteps } from './serviceSteps.ts';
import { steps } from './steps.ts';
import { terwaySteps } from './terwaySteps.ts';
import { title } from './title.ts';
import { validation } from './validation.ts';
import { whatIfSteps } from './whatIfSteps.ts';

type EnParts = typeof ENGINE_PARTS;

/** Every part of the engine's English catalog, in Chinese (a part missing is a type error). */
export const ENGINE_PARTS_ZH: { readonly [P in keyof EnParts]: Translation<EnParts[P]> } = {
  steps,
  terwaySteps,
  serviceSteps,
  whatIfSteps,
  fileShape,
  validation,
  refusals,
  title,
  loading,
  hops,
  drops,
  packetHops,
  dataplanes,
  capacity,
  clusterImport,
  overview,
};

/** The same messages in one table by id (ids are unique across parts: en/index.test.ts). */
export const engine = Object.assign({}, ...Object.values(ENGINE_PARTS_ZH)) as Readonly<
  Record<EngineMessageId, string>
>;
