const url=require('url');
console.log(url.parse('//host/path'));console.log(url.parse('//host/path',false,true));console.log(url.parse('//u@host/p'))
