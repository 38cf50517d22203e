/** Entry point of the command line (`npm run --silent cli -- COMMAND …`); see run.ts. */
import { processIo } from './io.ts';
import { runCli } from './run.ts';

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), processIo());
} catch (error) {
  process.stderr.write(
    `podpath: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
