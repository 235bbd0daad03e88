exports.parentIsMain = module.parent === require.main;
exports.paths0 = module.paths[0];
console.log('child: loaded while running =', module.loaded, ', id is filename =', module.id === __filename);
