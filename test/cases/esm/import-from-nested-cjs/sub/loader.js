exports.load = () => import('./target.mjs');
