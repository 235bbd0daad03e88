console.log(JSON.stringify(require('os').homedir()))
