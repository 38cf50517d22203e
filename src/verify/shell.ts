/**
 * Runs a generated sh script (on standard input) and collects its output. The children still
 * running are tracked by pid, so an interrupted run can end exactly the processes it started.
 */
import { spawn } from 'node:child_process';

export interface ShellResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

const running = new Set<number>();

/** Runs `script` with sh; gives up (and ends the shell) after `timeoutMs`. */
export function runShell(script: string, timeoutMs = 120_000): Promise<ShellResult> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-s'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const finish = (status: number, extra = '') => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') + extra,
      });
    };
    child.on('error', (error) => finish(127, error.message));
    child.on('close', (code, signal) => finish(code ?? 128, signal ? `killed by ${signal}` : ''));
    child.stdin.end(script);
  });
}

/** Ends the shells this process started that are still running (by pid, nothing else). */
export function killRunningShells(): void {
  for (const pid of running) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
}
