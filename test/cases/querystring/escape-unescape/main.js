const qs=require('querystring');console.log(qs.escape('a b&c=d/é'),qs.escape(123),qs.escape({toString(){return 'x y'}}),qs.unescape('a%20b+c'),qs.unescape('a%zz+b',true),qs.unescape('%E0%A4%A'))
