/**
 * `npm run bench`: the engine benchmarks in Node, closing with the figures of issue 16 against
 * their targets. The browser benchmark is `npm run bench:browser`.
 */
import { benchConstruction } from './engine.bench.ts';
import { printFigures } from './measure.ts';
import { benchTraces } from './trace.bench.ts';

const figures = [...benchConstruction(), ...benchTraces()];
console.log('');
printFigures(
  'engine figures (2-core machine; medians of several runs, CPU time with wall time beside it)',
  figures,
);
