abstract class Animal {
  abstract readonly sound: string;
  abstract legs(): number;
  describe(this: Animal): string { return `${this.constructor.name} says ${this.sound} on ${this.legs()} legs`; }
}
interface Pet { owner?: string }
class Dog extends Animal implements Pet {
  readonly sound = 'woof';
  owner?: string;
  legs(): number { return 4; }
}
console.log(new Dog().describe());
