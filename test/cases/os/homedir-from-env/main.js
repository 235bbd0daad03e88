console.log(require('os').homedir())
