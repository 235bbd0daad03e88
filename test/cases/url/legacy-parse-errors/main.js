function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
const url=require('url');
show(()=>url.parse(5));show(()=>url.parse());show(()=>url.parse({}))
