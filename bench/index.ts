/** `npm run bench`: the engine benchmarks in Node. The browser benchmark is `npm run bench:browser`. */
import { benchConstruction } from './engine.bench.ts';
import { benchTrace } from './trace.bench.ts';

benchConstruction();
benchTrace();
