console.log(require('os').constants.signals)
