const qs=require('querystring');const p=(...a)=>console.log(qs.parse(...a));
p('a=b%20c&d',null,null,{decodeURIComponent:s=>s.toUpperCase()});p('a=%zz',null,null,{decodeURIComponent:s=>{throw new Error('no')}})
