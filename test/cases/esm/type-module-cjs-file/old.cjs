module.exports = "cjs in module package";
