const url=require('url');
console.log(url.format('http://A.com/x y?q#h'),url.format('/p'))
