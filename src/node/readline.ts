// node layer: Node's `readline` module — the callback Interface, createInterface, the cursor
// helpers and emitKeypressEvents; `readline.promises` is the promise API.
import { EventEmitter } from './events.js';
import {
  InterfaceConstructor, defineInterfaceMethods, questionPromise, type Interface as InterfaceFields,
} from './internal/readline/interface.js';
import { clearLine, clearScreenDown, cursorTo, moveCursor } from './internal/readline/callbacks.js';
import { emitKeypressEvents } from './internal/readline/utils.js';
import promises from './readline/promises.js';

/** Callable without `new`, as Node's is. */
function Interface(this: InterfaceFields, input: any, output?: any, completer?: any, terminal?: any): InterfaceFields | void {
  if (!(this instanceof Interface)) return new (Interface as any)(input, output, completer, terminal);
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);
defineInterfaceMethods(Interface.prototype);

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
const question = Interface.prototype.question as Function;
Object.defineProperty(question, promisifyCustom, {
  value: function question(this: InterfaceFields, query: string, options?: unknown): Promise<string> {
    return questionPromise(this, query, options, false);
  },
  enumerable: false, writable: true, configurable: true,
});

function createInterface(input: any, output?: any, completer?: any, terminal?: any): InterfaceFields {
  return new (Interface as any)(input, output, completer, terminal);
}

const readline = {
  Interface, clearLine, clearScreenDown, createInterface, cursorTo, emitKeypressEvents, moveCursor, promises,
};

export default readline;
export { Interface, clearLine, clearScreenDown, createInterface, cursorTo, emitKeypressEvents, moveCursor, promises };
