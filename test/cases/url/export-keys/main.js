console.log(Object.keys(require('url')))
