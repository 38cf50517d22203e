/** Starts `vite preview` on dist/ and resolves once it answers; `stop()` ends it and its children. */
import { type ChildProcess, spawn } from 'node:child_process';

export interface PreviewServer {
  readonly url: string;
  stop(): void;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startPreview(port: number): Promise<PreviewServer> {
  const child = spawn('node_modules/.bin/vite', ['preview', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://localhost:${port}/`;
  const stop = () => {
    // NOTE: vite may leave children behind; its process group (detached above) takes them too.
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  try {
    await waitForHttp(url, child, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}
