function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
const url=require('url');
show(()=>url.fileURLToPath('file:///a%20b/c'));show(()=>url.fileURLToPath(new URL('file:///x/y')));show(()=>url.fileURLToPath('file://localhost/etc'))
