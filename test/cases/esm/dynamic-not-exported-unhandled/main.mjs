import('pkg/secret.mjs');
