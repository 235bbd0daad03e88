// node layer: Node's `assert/strict` module — the same object as `assert.strict`.
import { strict } from '../assert.js';

export default strict;
