         class Animal {
                                  
                          
  describe(            )         { return `${this.constructor.name} says ${this.sound} on ${this.legs()} legs`; }
}
;                               
class Dog extends Animal                {
           sound = 'woof';
  owner         ;
  legs()         { return 4; }
}
console.log(new Dog().describe());
