const os=require('os');console.log(typeof os.release(),typeof os.version(),os.release().length>0,os.version().length>0)
