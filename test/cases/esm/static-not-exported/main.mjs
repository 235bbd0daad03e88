import 'pkg/secret.mjs';
