import { type ImportNote, type ImportTexts, importCluster } from '../engine/import/index.ts';
import { decodeInput } from '../engine/index.ts';
import { type CliIo, printErrors } from './io.ts';
import { fileLabel } from './scenario-file.ts';

/** The four command outputs `import` and `diagnose` read, by option name. */
export const CLUSTER_OPTIONS = ['nodes', 'pods', 'flannel', 'routes'] as const;

export const CLUSTER_DETAILS = [
  '--nodes FILE   kubectl get nodes -o json',
  '--pods FILE    kubectl get pods -A -o json',
  '--flannel FILE kubectl -n kube-system get cm kube-flannel-cfg -o json',
  '--routes FILE  aliyun vpc DescribeRouteEntryList --RouteTableId vtb-… (or DescribeRouteTables)',
];

/** Reads the files named by --nodes/--pods/--flannel/--routes; a sentence when one cannot be read. */
export async function readClusterFiles(
  options: ReadonlyMap<string, string>,
  io: CliIo,
): Promise<{ ok: true; texts: ImportTexts } | { ok: false; line: string }> {
  const texts: Record<string, string> = {};
  for (const name of CLUSTER_OPTIONS) {
    const path = options.get(name);
    if (path === undefined) continue;
    let bytes: Uint8Array;
    try {
      bytes = await io.readBytes(path);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      return {
        ok: false,
        line: `cannot read --${name} ${fileLabel(path)}: ${code === 'ENOENT' ? 'no such file or directory' : String(code ?? error)}`,
      };
    }
    const input = decodeInput(bytes);
    if (!input.ok) return { ok: false, line: `cannot read --${name} ${fileLabel(path)}: ${input.reason}` };
    texts[name] = input.text;
  }
  return { ok: true, texts: texts as unknown as ImportTexts };
}

/** `nodes items[2].spec.podCIDR: …` */
export function formatNote(note: ImportNote): string {
  return `${note.source}${note.path ? ` ${note.path}` : ''}: ${note.message}`;
}

/**
 * Reads the cluster files and imports them, printing the notes (and, on failure, why) to standard
 * error; the import when it gave a valid scenario, else undefined.
 */
export async function importClusterFiles(
  options: ReadonlyMap<string, string>,
  io: CliIo,
): Promise<ReturnType<typeof importCluster> | undefined> {
  const files = await readClusterFiles(options, io);
  if (!files.ok) {
    io.err(files.line);
    return undefined;
  }
  const result = importCluster(files.texts);
  for (const note of result.notes) io.err(formatNote(note));
  if (!result.parsed.ok) {
    printErrors(
      io,
      result.parsed.errors.map((e) => `${e.path}: ${e.message}`),
    );
    return undefined;
  }
  return result;
}
