// node layer: whether Node would have loaded its `stream` module by now. In Node, `stream` and
// `stream/promises` require each other, so whichever a program loads first decides what
// `require('stream').promises` is: the `stream/promises` module, or the empty object the cycle
// left behind when `stream/promises` came first. Programs can see the difference.
let loaded = false;

/** Called where Node loads `stream`: the stdio getters, fs streams, and modules built on streams. */
export function markStreamLoaded(): void {
  loaded = true;
}

export function streamLoaded(): boolean {
  return loaded;
}

/** The runtime's own start-up touches stdio, which Node defers to the program's first use. */
export function forgetStartupStreamUse(): void {
  loaded = false;
}
