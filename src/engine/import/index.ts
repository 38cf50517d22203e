/**
 * Importing a real cluster (kubectl and VPC outputs) and diagnosing it: an entry point of its own,
 * beside engine/index.ts, so the explorer's first load does not carry it (the import dialog and
 * the CLI load it; it walks packets, so it brings the packet engine with it).
 */
export { anonymiseScenarioFile } from './anonymise.ts';
export { diagnose } from './diagnose.ts';
export { type Finding, formatFinding } from './finding.ts';
export { type ImportTexts, importCluster } from './import-cluster.ts';
export type { ImportNote } from './types.ts';
