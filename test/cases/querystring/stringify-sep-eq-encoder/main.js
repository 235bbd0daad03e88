const qs=require('querystring');console.log(qs.stringify({a:[1,2],b:3},';',':'));console.log(qs.stringify({a:1,b:[true,null]},'&','=',{encodeURIComponent:s=>'<'+s+'>'}))
