import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const packetHops: Translation<typeof ENGINE_PARTS.packetHops> = {};
