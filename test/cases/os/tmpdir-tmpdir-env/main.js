console.log(require('os').tmpdir())
