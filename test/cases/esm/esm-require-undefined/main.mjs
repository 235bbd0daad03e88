console.log(typeof require, typeof exports, typeof module, typeof __filename, typeof __dirname);
