/**
 * Entry of `npm run verify:kernel`: the Linux kernel as referee of the engine's traces
 * (src/verify, README "Checked against Linux").
 */
import { main } from '../src/verify/main.ts';

process.exitCode = await main(process.argv.slice(2));
