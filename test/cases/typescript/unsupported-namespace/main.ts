const before = 1;
namespace Util { export const x = 1 }
console.log(before, Util.x);
