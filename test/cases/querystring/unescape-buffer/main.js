const qs=require('querystring');console.log(qs.unescapeBuffer('%41%zz%4'),qs.unescapeBuffer('a+b',true),qs.unescapeBuffer('é%41'),qs.unescapeBuffer('%%41').toString())
