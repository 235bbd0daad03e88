// node layer: the `fs/promises` module — the same object as `fs.promises`.
import promises from '../internal/fs/promises.js';

export * from '../internal/fs/promises.js';
export default promises;
