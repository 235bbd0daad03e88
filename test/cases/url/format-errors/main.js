function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
const url=require('url');
show(()=>url.format(5));show(()=>url.format(null));show(()=>url.format(new URL('http://a'),'x'))
