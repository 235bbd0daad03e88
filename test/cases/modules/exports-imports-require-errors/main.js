require('./app/t.js');
