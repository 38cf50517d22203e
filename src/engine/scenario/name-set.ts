/**
 * A set of the names of one long list (150,000 pods), to find a name given twice: open addressing
 * over typed arrays sized once for the list, holding the index of the item that gave each name. A
 * JavaScript Set of as many strings costs several times more (its table grows and is copied as it
 * fills).
 */
export interface NameSet {
  /** Adds the name of item `index`; false when an earlier item gave it already. */
  add(name: string, index: number): boolean;
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(name: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash;
}

/** A set for the names of at most `capacity` items; `nameAt(i)`, the name item i gave. */
export function createNameSet(capacity: number, nameAt: (index: number) => string): NameSet {
  // At most two thirds full; each slot holds an item's index + 1 (0: empty) beside its name's
  // hash, so that a probe reads one place in memory.
  let size = 16;
  while (size * 2 < capacity * 3) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  return {
    add(name, index) {
      const hash = hashOf(name);
      let at = hash & mask;
      for (let held = slots[2 * at] as number; held !== 0; held = slots[2 * at] as number) {
        if (slots[2 * at + 1] === hash && nameAt(held - 1) === name) return false;
        at = (at + 1) & mask;
      }
      slots[2 * at] = index + 1;
      slots[2 * at + 1] = hash;
      return true;
    },
  };
}
