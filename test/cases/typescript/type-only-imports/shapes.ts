export interface Circle { kind: 'circle'; r: number }
export interface Square { kind: 'square'; side: number }
export type Shape = Circle | Square;
export function area(s: Shape): number {
  return s.kind === 'circle' ? Math.PI * s.r ** 2 : s.side ** 2;
}
