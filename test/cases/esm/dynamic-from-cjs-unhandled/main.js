import('./lib');
