setTimeout(() => { throw 'string from timer'; }, 1);
