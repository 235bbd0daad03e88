for (const r of ['p','p/x','p/y','p/missing','p/bad','p/arr','p/cond','p/enc/%2fx','app/a','app/b','app','#x','#dep','#miss','#bad','#nope','#','#/x','#pat/s','#pat/zz','q','q/m.js']) {
  try { console.log(r, '->', require(r)); } catch (e) { console.log(r, 'ERR', e.code, JSON.stringify(e.message), e.path, Object.keys(e)); }
}
