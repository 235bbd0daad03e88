require('./sub/loader.js').load().then((m) => console.log(m.where));
