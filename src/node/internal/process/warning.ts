// node layer: process.emitWarning and the printing of warnings to stderr, as Node does it.
// Filled in by the process bootstrap; modules import emitWarning from here.
export type WarningSink = (warning: string | Error, type?: string, code?: string, ctor?: Function) => void;

let sink: WarningSink = () => {};

/** Installed once by the bootstrap, when `process` exists. */
export function setWarningSink(next: WarningSink): void {
  sink = next;
}

export function emitWarning(warning: string | Error, type?: string, code?: string, ctor?: Function): void {
  sink(warning, type, code, ctor);
}
