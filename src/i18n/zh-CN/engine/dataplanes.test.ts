/**
 * The dataplane comparison in Chinese: every fact's name and every value that is words (not a
 * number or a device list) is a message, its English the table's, its Chinese with every
 * parameter given; the dataplanes' names are the catalog's.
 */
import { describe, expect, it } from 'vitest';
import {
  DATAPLANES,
  dataplaneLabel,
  ENGINE_PARTS,
  english,
  paramsOf,
  presetScenario,
  sayIn,
  type Text,
} from '../../../engine/index.ts';
import { compareDataplanes } from '../../../engine/packet/index.ts';
import { engine } from './index.ts';

const CJK = /[\u4e00-\u9fff]/;
const zh = (text: Text) => sayIn(text, (m) => engine[m.id], 'zh-CN');

describe('the dataplane comparison says its facts in Chinese', () => {
  it('names each dataplane as the catalog does', () => {
    for (const d of DATAPLANES) {
      const label = dataplaneLabel(d);
      expect(label.en).toBe(ENGINE_PARTS.dataplanes[label.id as keyof typeof ENGINE_PARTS.dataplanes]);
      expect(zh(label)).not.toBe(label.en);
    }
  });

  it.each(['article', 'services'] as const)('%s: every pair of dataplanes, with a walk', (preset) => {
    const scenario = presetScenario(preset);
    for (const a of DATAPLANES) {
      for (const b of DATAPLANES) {
        if (a === b) continue;
        const { rows } = compareDataplanes(scenario, [a, b], { from: 'pod:web-1', to: 'pod:api-1' });
        for (const row of rows) {
          expect(english(row.labelText)).toBe(row.label);
          expect(zh(row.labelText)).toMatch(CJK);
          expect(zh(row.labelText)).not.toBe(row.label);
          row.texts.forEach((text, i) => {
            expect(english(text)).toBe(row.values[i]);
            if (typeof text === 'string') {
              // A value, not words: a number, devices, a dash.
              expect(text, row.label).toMatch(/^(\d+|—|eth0, [a-z0-9., ()A-Z]+)$/);
              return;
            }
            const missing = paramsOf(engine[text.id]).filter((name) => !(name in text.params));
            expect(missing, text.id).toEqual([]);
            expect(zh(text), text.id).toMatch(CJK);
          });
        }
      }
    }
  });
});
