class Base { toString(): string { return 'base'; } }
class Account extends Base {
  private balance: number = 0;
  protected readonly id!: string;
  public static count: number = 0;
  #secret?: string;
  override toString(): string { return `Account(${this.balance})`; }
  deposit(amount: number): this { this.balance += amount; Account.count++; return this; }
}
console.log(String(new Account().deposit(5).deposit(2)), Account.count, Object.keys(new Account()));
