import 'http://example.com/x.js';
