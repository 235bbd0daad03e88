type Fish = { swim(): string };
type Bird = { fly(): string };
function isFish(pet: Fish | Bird): pet is Fish { return 'swim' in pet; }
function assertDefined<T>(v: T | undefined): asserts v is T { if (v === undefined) throw new Error('undefined'); }
const pets: (Fish | Bird)[] = [{ swim: () => 'splash' }, { fly: () => 'flap' }];
for (const p of pets) console.log(isFish(p) ? p.swim() : p.fly());
let maybe: number | undefined = 3;
assertDefined(maybe);
console.log(maybe + 1);
