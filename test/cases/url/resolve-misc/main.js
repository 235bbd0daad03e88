const url=require('url');
console.log(url.resolve('/one/two/three','four'),url.resolve('http://example.com/','/one'),url.resolve('http://example.com/one','/two'),url.resolve('mailto:a@b','c@d'),url.resolve('a/b','../../c'),url.resolve('http://u:p@a/b','//c/d'),url.resolve('http://a/b','https:c'),url.resolve('file:///a/b','c'),url.resolve('http://a/b/','../c/./d/..'))
