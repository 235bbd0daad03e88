export const z = 1; throw new TypeError("bad")
