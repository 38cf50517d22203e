/** The engine's messages in Chinese: the same parts and ids as engine/messages/en/. */
import type { EngineMessageId } from '../../../engine/index.ts';
import { drops } from './drops.ts';
import { fileShape } from './fileShape.ts';
import { hops } from './hops.ts';
import { loading } from './loading.ts';
import { refusals } from './refusals.ts';
import { serviceSteps } from './serviceSteps.ts';
import { steps } from './steps.ts';
import { terwaySteps } from './terwaySteps.ts';
import { title } from './title.ts';
import { validation } from './validation.ts';
import { whatIfSteps } from './whatIfSteps.ts';

export const ENGINE_PARTS_ZH = {
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
} as const;

export const engine: Readonly<Record<EngineMessageId, string>> = {
  ...steps,
  ...terwaySteps,
  ...serviceSteps,
  ...whatIfSteps,
  ...fileShape,
  ...validation,
  ...refusals,
  ...title,
  ...loading,
  ...hops,
  ...drops,
};
