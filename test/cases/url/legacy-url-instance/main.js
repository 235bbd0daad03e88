const url=require('url');
const u=url.parse('http://a.com/x');console.log(u instanceof url.Url,url.parse(u)===u,typeof url.Url,Object.keys(new url.Url()))
