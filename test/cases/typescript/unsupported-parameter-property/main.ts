class Point {
  constructor(public x: number) {}
}
console.log(new Point(1).x);
