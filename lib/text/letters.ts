/**
 * The characters of a word as a set of bits: a–z one bit each, digits two to a bit,
 * anything else one shared bit. Each edit changes at most two bits of the set, so
 * `bitCount(maskA ^ maskB) > 2 * edits` rules a pair out before any edit distance is run.
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << (26 + ((code - 48) >> 1));
    else mask |= 1 << 31;
  }
  return mask;
}

/** How many bits are set. */
export function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
