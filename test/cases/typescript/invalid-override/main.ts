class Plain {
  override toString(): string { return 'x'; }
}
console.log(String(new Plain()));
