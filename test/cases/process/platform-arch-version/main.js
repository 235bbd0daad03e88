console.log(process.platform, process.arch);
console.log(process.version, process.versions.node, process.version === 'v' + process.versions.node);
console.log(process.release.name, typeof process.versions.v8);
console.log(typeof process.config, typeof process.features);
