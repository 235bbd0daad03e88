const url=require('url');
process.on('warning',w=>console.log(w.name,w.code,w.message));console.log(url.parse('http://a:b/x').href);console.log(url.parse('http://c:d/x').href)
