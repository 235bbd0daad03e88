function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
const u=new URL('http://a/');show(()=>{u.href='nope'});console.log(u.href);u.href='http://b/c';console.log(u.href)
