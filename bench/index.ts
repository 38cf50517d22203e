/**
 * `npm run bench`: the engine benchmarks in Node, closing with the figures of issue 16 against
 * their targets. The browser benchmark is `npm run bench:browser`.
 */
import { benchConstruction } from './engine.bench.ts';
import { printFigures } from './measure.ts';
import { benchTrace } from './trace.bench.ts';

const figures = [...benchConstruction(), benchTrace()];
console.log('');
printFigures('engine figures (2-core machine; medians, CPU time)', figures);
