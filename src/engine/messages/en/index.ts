/**
 * The engine's English catalog, every part (ids are unique across parts: en/index.test.ts). Only
 * the tests and the Chinese catalog's types read this table: the engine's code imports the part it
 * says, so a part loaded on demand brings its own words. Each part has its Chinese twin in
 * i18n/zh-CN/engine/.
 */

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

export const ENGINE_PARTS = {
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
} as const;

type Parts = typeof ENGINE_PARTS;

/** Every message id of the engine. */
export type EngineMessageId = { [P in keyof Parts]: keyof Parts[P] }[keyof Parts];
