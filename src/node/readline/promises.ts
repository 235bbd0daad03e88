// node layer: Node's `readline/promises` module — an Interface whose question() returns a promise,
// and the Readline class.
import { InterfaceConstructor, defineInterfaceMethods, questionPromise, type Interface as InterfaceFields } from '../internal/readline/interface.js';
import { EventEmitter } from '../events.js';
import { Readline } from '../internal/readline/promises.js';

function BaseInterface(this: InterfaceFields, input: any, output?: any, completer?: any, terminal?: any): void {
  InterfaceConstructor.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(BaseInterface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(BaseInterface, EventEmitter);
defineInterfaceMethods(BaseInterface.prototype);

class Interface extends (BaseInterface as unknown as new (input: any, output?: any, completer?: any, terminal?: any) => InterfaceFields) {
  constructor(input: any, output?: any, completer?: any, terminal?: any) {
    super(input, output, completer, terminal);
  }

  question(query: string, options: unknown = {}): Promise<string> {
    return questionPromise(this, query, options, true);
  }
}

function createInterface(input: any, output?: any, completer?: any, terminal?: any): Interface {
  return new Interface(input, output, completer, terminal);
}

export default { Interface, Readline, createInterface };
export { Interface, Readline, createInterface };
