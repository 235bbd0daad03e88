// Unit-test support: the same pseudo-random bytes on every run, so a failing input can be replayed.

/** `n` bytes from a linear congruential generator started at `seed`. */
export function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    out[i] = seed >>> 16;
  }
  return out;
}
