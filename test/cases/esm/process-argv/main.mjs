console.log(process.argv.slice(2), process.argv[1].endsWith('main.mjs'));
