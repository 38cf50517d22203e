import type { ENGINE_PARTS } from '../../../engine/index.ts';
import type { Translation } from '../../catalog.ts';

export const clusterImport: Translation<typeof ENGINE_PARTS.clusterImport> = {};
