const url=require('url');
console.log(url.parse('http://a.com/p?x=1&y=2&x=3',true));console.log(url.parse('/p',true));console.log(url.parse('http://a.com/',true).query)
