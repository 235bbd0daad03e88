console.log(require('os').constants.errno)
