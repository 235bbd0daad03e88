module.exports = { a, b: two }; var a = 1, two = 2;
