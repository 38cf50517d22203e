/** The engine's messages in Chinese: the same parts and ids as engine/messages/en/. */
import type { EngineMessageId } from '../../../engine/index.ts';
import { steps } from './steps.ts';

export const ENGINE_PARTS_ZH = { steps } as const;

export const engine: Readonly<Record<EngineMessageId, string>> = { ...steps };
