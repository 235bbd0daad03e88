const url=require('url');
console.log(url.parse('http://[::1]:3000/x'));console.log(url.parse('http://[fe80::1]'))
