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

const EMPTY = -1;

/** FNV-1a over the UTF-16 code units. */
function hashOf(name: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash;
}

/** A set for the names of at most `capacity` items; `nameAt(i)`, the name item i gave. */
export function createNameSet(capacity: number, nameAt: (index: number) => string): NameSet {
  let size = 16;
  while (size < capacity * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(EMPTY);
  const hashes = new Int32Array(capacity);
  return {
    add(name, index) {
      const hash = hashOf(name);
      let at = hash & mask;
      for (let slot = slots[at] as number; slot !== EMPTY; slot = slots[at] as number) {
        if (hashes[slot] === hash && nameAt(slot) === name) return false;
        at = (at + 1) & mask;
      }
      slots[at] = index;
      hashes[index] = hash;
      return true;
    },
  };
}
