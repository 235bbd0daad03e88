const os=require('os');console.log(os.platform(),os.type(),os.arch(),os.machine(),`${os.platform}`,`${os.type}`)
