function show(f){try{console.log(f())}catch(e){console.log(e.name, e.code, e.message, e.input ?? '', e.base ?? '')}}
const os=require('os');for(const f of [()=>os.getPriority('x'),()=>os.getPriority(1.5),()=>os.getPriority(2**31),()=>os.setPriority(100),()=>os.setPriority(0,'x'),()=>os.setPriority(-21),()=>os.setPriority(1.5,0),()=>os.setPriority()])show(f)
