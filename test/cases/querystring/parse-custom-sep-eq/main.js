const qs=require('querystring');const p=(...a)=>console.log(qs.parse(...a));
p('a:1;b:2',';',':');p('a==1&&b==2','&&','==');p('aab','ab');p('a=1&b=2',null,null)
