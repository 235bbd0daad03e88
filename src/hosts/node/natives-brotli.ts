// hosts layer (Node): the host's native brotli, offered to the runtime.
import type { HostNatives } from '../../node/binding/host.js';

export function brotliNatives(): HostNatives {
  return {};
}
