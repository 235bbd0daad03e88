// hosts layer (Node): the host's native byte codecs and digests, offered to the runtime.
import type { HostNatives } from '../../node/binding/host.js';

export function codecNatives(): HostNatives {
  return {};
}
