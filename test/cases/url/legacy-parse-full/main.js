const url=require('url');
console.log(url.parse('http://user:pw@Host.com:8080/p/a/t/h?query=string#hash'))
