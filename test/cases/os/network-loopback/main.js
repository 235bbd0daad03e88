console.log(require('os').networkInterfaces().lo)
