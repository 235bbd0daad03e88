// node layer: types for the parts of the readable-stream package (Node's streams, ported) that
// nodeling's `stream` module builds on; the package ships no declarations of its own.
declare module 'readable-stream/lib/stream.js' {
  const stream: any;
  export default stream;
}
declare module 'readable-stream/lib/stream/promises.js' {
  const promises: any;
  export default promises;
}
declare module 'readable-stream/lib/ours/errors.js' {
  const errors: { codes: Record<string, unknown>; AbortError: new (message?: string, options?: object) => Error };
  export default errors;
}
declare module 'readable-stream/lib/ours/primordials.js' {
  const primordials: { SymbolAsyncDispose: symbol };
  export default primordials;
}
