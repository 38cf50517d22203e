import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const capacity: Translation<typeof ENGINE_PARTS.capacity> = {};
