interface Frame { line: number }
function where<T extends string>(label: T, depth: number = 0): string {
  const err: Error = new Error(label as string);
  return (err.stack as string).split('\n')[1].replace(/\.[cm]?[jt]s:/, '.X:');
}
const typed: Record<string, Frame> = {};   const spot = where<'here'>('here');
console.log(spot);
try { (null as unknown as { f(): void }).f(); } catch (e: unknown) { console.log((e as Error).stack!.split('\n').slice(0, 2).join('|').replace(/\.[cm]?[jt]s:/, '.X:')); }
