// hosts layer (Node): TypeScript type erasure for the runtime, with amaro (swc's strip-only
// mode, Node's own stripper) from the separate bundle dist/typescript.cjs, loaded on the first
// TypeScript file only, so that JavaScript programs never pay for it.
import { createRequire } from 'node:module';
import type { TypeScriptStripResult } from '../../node/binding/host.js';

type Transform = (source: string, options: { mode: 'strip-only'; filename: string }) => { code: string };
interface SwcError { code: string; message: string; snippet: string; startLine: number }

let transform: Transform | null = null;

export function stripTypeScript(source: string, filename: string): TypeScriptStripResult {
  transform ??= (createRequire(import.meta.url)('./typescript.cjs') as { transformSync: Transform }).transformSync;
  try {
    return { code: transform(source, { mode: 'strip-only', filename }).code };
  } catch (error) {
    const swc = error as SwcError;
    if (swc === null || typeof swc !== 'object' || typeof swc.code !== 'string' || typeof swc.snippet !== 'string') throw error;
    return { error: { code: swc.code, message: swc.message, snippet: swc.snippet, line: swc.startLine } };
  }
}
