console.log(process.execArgv);
console.log(process.argv.slice(2));
