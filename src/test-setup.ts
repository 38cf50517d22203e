// The app loads the packet engine on demand (store/tracer.ts); unit tests get it up front.
import { loadTracer } from './store/tracer.ts';

await loadTracer();
