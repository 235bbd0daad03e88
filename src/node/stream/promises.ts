// node layer: Node's `stream/promises` module — the promise forms of pipeline and finished, the
// same object as `stream.promises`.
import Stream from '../stream.js';

const promises = Stream.promises;

export default promises;
export const { pipeline, finished } = promises;
