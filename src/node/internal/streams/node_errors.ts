// node layer: makes readable-stream raise nodeling's ERR_* classes, so stream errors print and
// compare like Node's (own enumerable `code`, `Error [CODE]: ...` stack header).
// Must be imported before readable-stream's stream modules: they copy the classes out of
// `codes` when they load.
import rsErrors from 'readable-stream/lib/ours/errors.js';
import { errorClass } from '../errors.js';

for (const code of Object.keys(rsErrors.codes)) rsErrors.codes[code] = errorClass(code);

// readable-stream names the chunk types of Node 18; Node 20 also takes any TypedArray or DataView.
const InvalidArgType = errorClass('ERR_INVALID_ARG_TYPE');
const chunkTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
rsErrors.codes.ERR_INVALID_ARG_TYPE = function ERR_INVALID_ARG_TYPE(name: string, expected: string | string[], actual: unknown) {
  const isChunkList = name === 'chunk' && Array.isArray(expected) && expected[expected.length - 1] === 'Uint8Array';
  return new InvalidArgType(name, isChunkList ? chunkTypes : expected, actual);
};
