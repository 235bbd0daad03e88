module.exports="s"
