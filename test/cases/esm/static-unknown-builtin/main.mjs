import 'node:nope';
