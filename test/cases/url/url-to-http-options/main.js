const url=require('url');
console.log(url.urlToHttpOptions(new URL('http://u%20:p@[::1]:80/p?q#h')));console.log(url.urlToHttpOptions(new URL('https://a.com:8443/')))
