const qs=require('querystring');const p=(...a)=>console.log(qs.parse(...a));
p('a=1&b=2&c=3',null,null,{maxKeys:2});p('a=1&b=2&c=3',null,null,{maxKeys:0});p('&&&a=1&b=2',null,null,{maxKeys:2});p('a=1&b=2',null,null,{maxKeys:-1})
