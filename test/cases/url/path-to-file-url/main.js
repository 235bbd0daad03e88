function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
const url=require('url');
show(()=>url.pathToFileURL('/a b?#%\\\n\t/x/').href);show(()=>url.pathToFileURL('/tmp/').href);show(()=>url.pathToFileURL('/tmp/x/..').href);show(()=>url.pathToFileURL(5));console.log(url.pathToFileURL('rel').href===new URL('file://'+process.cwd()+'/rel').href)
