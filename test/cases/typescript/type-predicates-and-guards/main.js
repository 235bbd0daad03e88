                               
                              
function isFish(pet             )              { return 'swim' in pet; }
function assertDefined   (v               )                 { if (v === undefined) throw new Error('undefined'); }
const pets                  = [{ swim: () => 'splash' }, { fly: () => 'flap' }];
for (const p of pets) console.log(isFish(p) ? p.swim() : p.fly());
let maybe                     = 3;
assertDefined(maybe);
console.log(maybe + 1);
