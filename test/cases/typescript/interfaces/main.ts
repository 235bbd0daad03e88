interface Point { x: number; y: number }
interface Named extends Point { readonly name: string; tags?: string[] }
const p: Named = { x: 1, y: 2, name: 'origin' };
function describe(point: Point): string {
  return `(${point.x}, ${point.y})`;
}
console.log(describe(p), p.name, p.tags ?? 'no tags');
