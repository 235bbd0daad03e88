const url=require('url');
console.log(url.parse('file:///etc/passwd'));console.log(url.parse('file:/x').href,url.parse('xmpp:user@host').host)
