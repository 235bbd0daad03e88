function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
show(()=>new URL('nope'));show(()=>new URL('nope','also bad'));show(()=>new URL('/x','http://ok'));show(()=>new URL());try{new URL('x')}catch(e){console.log(Object.keys(e),e instanceof TypeError)}
