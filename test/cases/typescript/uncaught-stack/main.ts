process.on('uncaughtException', (error: Error, origin: string): void => {
  console.log(origin, error.message, error.stack!.split('\n')[1].replace(/\.[cm]?[jt]s:/, '.X:'));
});
type Thrower = (msg: string) => never;
const fail: Thrower = (msg: string): never => { throw new TypeError(`fail: ${msg}`); };
setTimeout((): void => { fail('late' as const); }, 1);
