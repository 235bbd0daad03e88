                                
function where                  (label   , depth         = 0)         {
  const err        = new Error(label          );
  return (err.stack          ).split('\n')[1].replace(/\.[cm]?[jt]s:/, '.X:');
}
const typed                        = {};   const spot = where        ('here');
console.log(spot);
try { (null                            ).f(); } catch (e         ) { console.log((e         ).stack .split('\n').slice(0, 2).join('|').replace(/\.[cm]?[jt]s:/, '.X:')); }
