import util from '#util';
import dep from '#dep';
console.log(util, dep);
try { await import('#missing'); } catch (e) { console.log(e.code, e.message); }
