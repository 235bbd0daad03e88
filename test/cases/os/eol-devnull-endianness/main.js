const os=require('os');console.log(JSON.stringify(os.EOL),os.devNull,os.endianness(),`${os.endianness}`)
