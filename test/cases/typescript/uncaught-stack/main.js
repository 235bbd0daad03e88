process.on('uncaughtException', (error       , origin        )       => {
  console.log(origin, error.message, error.stack .split('\n')[1].replace(/\.[cm]?[jt]s:/, '.X:'));
});
                                      
const fail          = (msg        )        => { throw new TypeError(`fail: ${msg}`); };
setTimeout(()       => { fail('late'         ); }, 1);
