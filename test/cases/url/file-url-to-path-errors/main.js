function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
const url=require('url');
show(()=>url.fileURLToPath(5));show(()=>url.fileURLToPath('http://x'));show(()=>url.fileURLToPath('file://host/x'));show(()=>url.fileURLToPath('file:///a%2fb'));show(()=>url.fileURLToPath('file:///a%2Fb'));show(()=>url.fileURLToPath('nope'))
