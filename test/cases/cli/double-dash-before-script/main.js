console.log('script ran with', process.argv.slice(2), process.execArgv);
