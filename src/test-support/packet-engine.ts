/**
 * Importing this module loads the packet engine before the test file runs. The app loads it on
 * demand (store/tracer.ts); only the tests that walk a packet through the store or the view need
 * it, so the other test files do not pay for its import.
 */
import { loadTracer } from '../store/tracer.ts';

await loadTracer();
