function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
const url=require('url');
for(const d of ['a/b','EXAMPLE.com','xn--iñvalid.com','ñ.com','a:1','','a b','xn--nxasmq6b.com','a..b','1.2.3.4','0x7f.1','[::1]','a@b','ex%41mple.com'])console.log(JSON.stringify(d),JSON.stringify(url.domainToASCII(d)),JSON.stringify(url.domainToUnicode(d)));show(()=>url.domainToASCII());show(()=>url.domainToUnicode())
