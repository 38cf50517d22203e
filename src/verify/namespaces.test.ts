import { describe, expect, it } from 'vitest';
import { leftovers, runPrefix } from './namespaces.ts';

describe('namespace names', () => {
  it('carry the pid of the run that made them', () => {
    expect(runPrefix(1234)).toBe('pp-1234-');
  });

  it('are swept when their run is gone (or has this run’s pid), never anyone else’s', () => {
    const names = ['pp-10-0-vpc', 'pp-20-1-n0', 'pp-30-0-p0', 'cni-1234', 'pp-x-0', 'other'];
    const alive = (pid: number) => pid === 20;
    expect(leftovers(names, 30, alive)).toEqual(['pp-10-0-vpc', 'pp-30-0-p0']);
  });
});
