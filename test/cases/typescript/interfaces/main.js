                                        
                                                                        
const p        = { x: 1, y: 2, name: 'origin' };
function describe(point       )         {
  return `(${point.x}, ${point.y})`;
}
console.log(describe(p), p.name, p.tags ?? 'no tags');
