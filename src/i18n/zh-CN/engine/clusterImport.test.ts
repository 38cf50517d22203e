import { describe, expect, it } from 'vitest';
import { diagnose, importCluster } from '../../../engine/import/index.ts';
import {
  ENGINE_PARTS,
  english,
  type Message,
  PRESETS,
  paramsOf,
  parseScenario,
  sayIn,
} from '../../../engine/index.ts';
import { importWorlds } from '../../../engine/test-support/import-worlds.ts';
import { engine } from './index.ts';

const CJK = /[\u4e00-\u9fff]/;

/** The import's notes and findings, each with its English. */
function texts(world: Parameters<typeof importCluster>[0]): { text: Message; en: string }[] {
  const result = importCluster(world);
  const notes = result.notes.map((n) => ({ text: n.text, en: n.message }));
  if (!result.parsed.ok) return notes;
  const findings = diagnose(result.parsed.scenario, result.cluster);
  return [...notes, ...findings.map((f) => ({ text: f.text, en: f.message }))];
}

/** The article with a route quota too small for its nodes, diagnosed without a cluster's output. */
function overQuota(): { text: Message; en: string }[] {
  const raw = structuredClone(PRESETS.article) as { vpc: Record<string, unknown> };
  raw.vpc.routeQuota = 1;
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error('refused');
  return diagnose(parsed.scenario).map((f) => ({ text: f.text, en: f.message }));
}

// JSON.parse throws only SyntaxErrors, which have a message.
const UNREACHED = new Set(['impNoReason']);

/** The message and the messages it holds as parameters. */
function* within(text: Message): Generator<Message> {
  yield text;
  for (const value of Object.values(text.params)) if (typeof value === 'object') yield* within(value);
}

describe('the cluster import says its notes and findings as messages', () => {
  it.each([...importWorlds(), ['over quota', undefined] as const])('%s', (_, world) => {
    for (const { text, en } of world ? texts(world) : overQuota()) {
      expect(english(text)).toBe(en);
      for (const m of within(text))
        expect(
          paramsOf(engine[m.id]).filter((name) => !(name in m.params)),
          m.id,
        ).toEqual([]);
      const zh = sayIn(text, (m) => engine[m.id], 'zh-CN');
      expect(zh, text.id).toMatch(CJK);
      expect(zh, text.id).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });

  it('reaches every message of the part', () => {
    const ids = new Set<string>();
    const all = [...importWorlds().flatMap(([, world]) => texts(world)), ...overQuota()];
    for (const { text } of all) for (const m of within(text)) ids.add(m.id);
    const left = Object.keys(ENGINE_PARTS.clusterImport).filter((id) => !ids.has(id));
    expect(left).toEqual([...UNREACHED]);
  });
});
