const qs=require('querystring');const p=(...a)=>console.log(qs.parse(...a));
p('a=1&b=2&a=3');p('a');p('a=');p('=b');p('');p('&&a=1&&');p('a=b=c')
