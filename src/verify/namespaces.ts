/**
 * The namespaces a run creates: their names (`pp-<pid>-…`), a registry of the ones that may
 * exist, and their removal — after each scenario, on SIGINT/SIGTERM, and for leftovers of runs
 * that died (their pid no longer alive). Deleting a namespace removes the veths inside it.
 */
import { spawnSync } from 'node:child_process';
import { killRunningShells } from './shell.ts';

const PREFIX = /^pp-(\d+)-/;
const registered = new Set<string>();

/** The name prefix of this run's namespaces. */
export function runPrefix(pid = process.pid): string {
  return `pp-${pid}-`;
}

/** Names of the network namespaces `ip netns list` shows. */
export function listNamespaces(): string[] {
  const result = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' });
  if (result.status !== 0) return [];
  return result.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name !== '');
}

/** Deletes namespaces by name (one `ip -batch`, going on past the ones already gone). */
export function deleteNamespaces(names: Iterable<string>): void {
  const list = [...names];
  if (list.length === 0) return;
  spawnSync('ip', ['-force', '-batch', '-'], {
    input: list.map((name) => `netns del ${name}\n`).join(''),
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  for (const name of list) registered.delete(name);
}

/** Records namespaces about to be created, so an interruption removes them. */
export function register(names: Iterable<string>): void {
  for (const name of names) registered.add(name);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Namespaces of earlier runs whose process is gone, and this run's own: the names to sweep. */
export function leftovers(
  names: readonly string[],
  ownPid: number,
  isAlive: (pid: number) => boolean = alive,
): string[] {
  return names.filter((name) => {
    const pid = Number(PREFIX.exec(name)?.[1] ?? Number.NaN);
    return Number.isInteger(pid) && (pid === ownPid || !isAlive(pid));
  });
}

/** Removes leftovers of dead runs (and any of this pid); returns what it removed. */
export function sweepLeftovers(): string[] {
  const stale = leftovers(listNamespaces(), process.pid);
  deleteNamespaces(stale);
  return stale;
}

/** Removes every registered namespace now (synchronously: safe in a signal handler). */
export function removeRegistered(): void {
  deleteNamespaces([...registered]);
}

/** On SIGINT / SIGTERM: end the shells this run started, remove its namespaces, exit 130 / 143. */
export function cleanUpOnSignals(): void {
  const handler = (signal: NodeJS.Signals) => {
    killRunningShells();
    removeRegistered();
    console.error(`verify-kernel: interrupted by ${signal}; removed this run's namespaces`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
