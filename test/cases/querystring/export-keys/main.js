console.log(Object.keys(require('querystring')))
