const util = require('util');
const EventEmitter = require('events');
function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
const d = new Dog('rex');
console.log(d.speak(), d instanceof Animal, Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
console.log(new Stream() instanceof EventEmitter);
for (const [a, b] of [[null, Animal], [Dog, null], [Dog, {}], [Dog, Object.create(null, { prototype: { value: undefined } })]]) {
  try { util.inherits(a, b); } catch (e) { console.log(e.code, e.message); }
}
