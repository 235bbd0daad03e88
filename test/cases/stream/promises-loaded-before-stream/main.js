const a = require('stream/promises'); const b = require('stream').promises; console.log(a === b, b)
