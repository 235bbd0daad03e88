module.exports="a"
