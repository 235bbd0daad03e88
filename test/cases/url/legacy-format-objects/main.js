const url=require('url');
for(const o of [{protocol:'http',host:'a.com',pathname:'x',query:{a:[1,2],b:'c d'}},{protocol:'file',pathname:'/x'},{hostname:'::1',port:80,pathname:'/p#?'},{protocol:'mailto',auth:'us er@x',hostname:'h',search:'q#',hash:'h'},{slashes:true,host:'h'},{}])console.log(url.format(o))
