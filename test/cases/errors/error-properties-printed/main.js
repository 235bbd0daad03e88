const e = new Error('with props');
e.code = 'ECUSTOM';
e.errno = -99;
e.info = { list: [1, 2] };
throw e;
