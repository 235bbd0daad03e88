declare const BUILD: string | undefined;
declare function external(x: number): void;
declare class Ambient { m(): void }
declare enum Flags { A = 1 }
declare module 'virtual' { export const v: number }
declare global { interface Array<T> { extra?: T } }
class Holder { declare tag: string; value = 1 }
console.log(typeof BUILD === 'undefined' ? 'no build' : 'build', new Holder(), Object.keys(new Holder()));
