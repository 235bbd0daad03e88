class Base { toString()         { return 'base'; } }
class Account extends Base {
          balance         = 0;
                     id         ;
         static count         = 0;
  #secret         ;
           toString()         { return `Account(${this.balance})`; }
  deposit(amount        )       { this.balance += amount; Account.count++; return this; }
}
console.log(String(new Account().deposit(5).deposit(2)), Account.count, Object.keys(new Account()));
