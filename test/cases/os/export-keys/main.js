const os=require('os');console.log(Object.keys(os));for(const k of Object.keys(os))if(typeof os[k]==='function')console.log(k,os[k].name,os[k].length,typeof os[k][Symbol.toPrimitive])
