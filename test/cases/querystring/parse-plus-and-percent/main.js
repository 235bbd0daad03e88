const qs=require('querystring');const p=(...a)=>console.log(qs.parse(...a));
p('a+b=c+d');p('a%20b=%E2%82%AC');p('x=%zz&y=%');p('x=%E0%A4%A');p('%41=%41%')
