const url=require('url');
for(const s of ['mailto:me@x.com','javascript:alert(1)','HTTP://ÉXAMPLE.com/%7Bx}?q=1','  \thttp://a.com/x y  ','http:\\\\a.com\\b?d\\e','http://a@b@c/d','http://a@b?@c','http://x.com/a"b<c>'])console.log(url.parse(s).href, url.parse(s).pathname, url.parse(s).host)
