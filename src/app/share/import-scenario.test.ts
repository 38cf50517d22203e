import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { importScenario, MAX_IMPORT_BYTES } from './import-scenario.ts';

const picked = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });

describe('importScenario', () => {
  it('reads a scenario file and keeps it as written', async () => {
    const result = await importScenario(picked('small.json', `\uFEFF${JSON.stringify(PRESETS.small)}`));
    expect(result.ok && result.file).toEqual(PRESETS.small);
  });

  it.each([
    ['not JSON', '{"vpc": ', /: \(root\): the scenario is not valid JSON/],
    [
      'a bad field',
      JSON.stringify({ ...(PRESETS.small as object), cluster: { podCidr: '10.0.0.0/33' } }),
      /cluster\.podCidr: /,
    ],
    ['empty', '', /the text is empty/],
  ])('refuses a file that is %s with the file, the path and the reason', async (_, text, why) => {
    const result = await importScenario(picked('<b>bad</b>.json', text));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^The file "<b>bad<\/b>\.json" was not imported: /);
    expect(!result.ok && result.message).toMatch(why);
  });

  it('refuses a huge file unread', async () => {
    let read = false;
    const text = async () => {
      read = true;
      return '';
    };
    const file = { name: 'big.json', size: MAX_IMPORT_BYTES + 1, text };
    expect(await importScenario(file)).toMatchObject({ ok: false, message: /bytes/ });
    expect(read).toBe(false);
  });
});
