const url=require('url');
const u=new URL('http://us:pw@xn--nxasmq6b.com:81/p?q#h');console.log(url.format(u));console.log(url.format(u,{fragment:false}));console.log(url.format(u,{search:false,auth:false}));console.log(url.format(u,{unicode:true}))
