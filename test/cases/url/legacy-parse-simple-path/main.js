const url=require('url');
console.log(url.parse('/simple/path?x=1'));console.log(url.parse('a.com/x'));console.log(url.parse(''))
