/**
 * The engine's English catalog: every part in one table, keyed by message id (ids are unique
 * across parts: en/index.test.ts). Each part has its Chinese twin in i18n/zh-CN/engine/.
 */
import { steps } from './steps.ts';

export const ENGINE_PARTS = { steps } as const;

export const ENGINE_EN: Readonly<Record<EngineMessageId, string>> = { ...steps };

type Parts = typeof ENGINE_PARTS;

/** Every message id of the engine. */
export type EngineMessageId = { [P in keyof Parts]: keyof Parts[P] }[keyof Parts];
