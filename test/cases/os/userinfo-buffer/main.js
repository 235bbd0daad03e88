const u=require('os').userInfo({encoding:'buffer'});console.log(Buffer.isBuffer(u.username),Buffer.isBuffer(u.homedir),Buffer.isBuffer(u.shell),typeof u.uid)
