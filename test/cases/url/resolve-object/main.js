const url=require('url');
console.log(url.resolveObject('http://a/b/c','../d?x=1'));console.log(url.resolveObject('','x'))
