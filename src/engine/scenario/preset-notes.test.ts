import { describe, expect, it } from 'vitest';
import { construct, stateAt } from '../construction/construct.ts';
import { presetNotes } from './preset-notes.ts';
import { presetScenario } from './presets.ts';

const article = construct(presetScenario('article'));

describe('the article preset’s notes', () => {
  it("explains the article's 172.16.8.1/25 where node-b's pod CIDR shows, from the world's numbers", () => {
    const note = presetNotes('article', article.final).find((n) => n.place === 'node:node-b');
    expect(note?.change).toBe('pod-cidr-allocated');
    expect(note?.text).toBe(
      "The article gives node B's pod CIDR as 172.16.8.1/25: the gateway form, as FLANNEL_SUBNET writes it (network + 1), of 172.16.8.0/25, the 17th /25 block of 172.16.0.0/16. In the article's cluster node B was the 17th node to register. Here node-b is the 3rd to register and gets the 3rd block, 172.16.1.0/25 (FLANNEL_SUBNET=172.16.1.1/25).",
    );
  });

  it('says what node-b will get before the allocator has run', () => {
    const note = presetNotes('article', stateAt(article, 0)).find((n) => n.place === 'node:node-b');
    expect(note?.text).toMatch(/Here node-b is the 3rd to register, so it will get the 3rd block\.$/);
  });

  it("names the article's route quota and versions beside the VPC and the master", () => {
    const notes = presetNotes('article', article.final);
    expect(notes.find((n) => n.place === 'vpc')?.text).toContain('route quota of 48');
    expect(notes.find((n) => n.place === 'vpc')?.text).toContain('(200)');
    const versions = notes.find((n) => n.place === 'node:master-1')?.text;
    expect(versions).toContain('Kubernetes 1.12.6 with Docker');
    expect(versions).toContain('containerd');
  });

  it('has no notes for the other presets', () => {
    expect(presetNotes('small', construct(presetScenario('small')).final)).toEqual([]);
  });
});
