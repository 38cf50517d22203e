import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidName } from './names.ts';

// The rules as k8s.io/apimachinery/pkg/util/validation writes them (IsDNS1123Label, IsDNS1123Subdomain).
const LABEL_TEXT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const LABEL = new RegExp(`^${LABEL_TEXT}$`);
const SUBDOMAIN = new RegExp(`^${LABEL_TEXT}(\\.${LABEL_TEXT})*$`);

const nameLike = fc
  .array(fc.constantFrom('a', 'z', '0', '9', '-', '.', 'A', '_', ' ', 'é'), { maxLength: 12 })
  .map((chars) => chars.join(''));

describe('isValidName', () => {
  it('says what the Kubernetes patterns say, with their lengths', () => {
    fc.assert(
      fc.property(nameLike, (name) => {
        expect(isValidName(name, 'label')).toBe(LABEL.test(name));
        expect(isValidName(name, 'subdomain')).toBe(SUBDOMAIN.test(name));
      }),
      { numRuns: 2000 },
    );
  });

  it('holds the lengths: 63 for a label, 253 for a subdomain', () => {
    expect(isValidName('a'.repeat(63), 'label')).toBe(true);
    expect(isValidName('a'.repeat(64), 'label')).toBe(false);
    expect(isValidName('a'.repeat(253), 'subdomain')).toBe(true);
    expect(isValidName('a'.repeat(254), 'subdomain')).toBe(false);
    expect(isValidName('', 'label')).toBe(false);
  });
});
