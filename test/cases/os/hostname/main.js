const os=require('os');console.log(os.hostname()===`${os.hostname}`, typeof os.hostname(), os.hostname())
