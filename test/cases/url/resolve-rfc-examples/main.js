const url=require('url');
for(const r of ['g','./g','g/','/g','//g','?y','g?y','#s','../..','../../../g','','.','https://x/y','mailto:x@y'])console.log(JSON.stringify(r),url.resolve('http://a/b/c/d;p?q',r))
