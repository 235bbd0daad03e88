// hosts layer (Node): TypeScript type erasure for the runtime, with amaro (swc's strip-only
// mode, Node's own stripper) from the separate bundle dist/typescript.cjs, loaded on the first
// TypeScript file only, so that JavaScript programs never pay for it. Stripped code is kept on
// disk by content, so a file already stripped once costs no stripper at all in later processes.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pid } from 'node:process';
import type { TypeScriptStripResult } from '../../node/binding/host.js';

type Transform = (source: string, options: { mode: 'strip-only'; filename: string }) => { code: string };
interface SwcError { code: string; message: string; snippet: string; startLine: number }

const bundleUrl = new URL('./typescript.cjs', import.meta.url);
const cacheRoot = fileURLToPath(new URL('./typescript-cache/', import.meta.url));

/** Stripped files kept per build of the stripper. */
const MAX_CACHE_ENTRIES = 2000;

let transform: Transform | null = null;
/** One folder per build of the stripper (another build may strip differently); '' until known. */
let cacheDir = '';

/** FNV-1a over the UTF-16 units, two 32-bit lanes: a file name, not a check (entries hold their source). */
function hashOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** An entry is the source's length, a newline, the source, then the stripped code. */
function cachePathOf(source: string, filename: string): string {
  if (cacheDir === '') {
    let stamp = 'none';
    try {
      const stat = statSync(bundleUrl);
      stamp = `${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}`;
    } catch {
      // No stamp: entries are still checked against their source.
    }
    cacheDir = `${cacheRoot}${stamp}/`;
  }
  // The extension is part of the name: .mts and .cts may parse apart from .ts.
  const ext = filename.slice(filename.lastIndexOf('.') + 1).replace(/[^a-z]/g, '');
  return `${cacheDir}${hashOf(source)}${source.length.toString(36)}.${ext}`;
}

function readCached(file: string, source: string): string | undefined {
  let entry: string;
  try {
    entry = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const newline = entry.indexOf('\n');
  const start = newline + 1;
  if (newline < 1 || entry.slice(0, newline) !== String(source.length)) return undefined;
  if (entry.length < start + source.length || !entry.startsWith(source, start)) return undefined;
  return entry.slice(start + source.length);
}

function writeCached(file: string, source: string, code: string): void {
  // Written aside and renamed, so a process reading at the same time sees all or nothing.
  const temp = `${file}.${pid}.${Math.random().toString(36).slice(2)}`;
  const entry = `${source.length}\n${source}${code}`;
  try {
    try {
      writeFileSync(temp, entry);
    } catch {
      // The first entry of this build: the folders of earlier builds go, so the cache stays small.
      rmSync(cacheRoot, { recursive: true, force: true });
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(temp, entry);
    }
    renameSync(temp, file);
    // Bounded: past the limit the folder starts over (a miss already costs a strip, so listing is cheap).
    if (readdirSync(cacheDir).length > MAX_CACHE_ENTRIES) rmSync(cacheDir, { recursive: true, force: true });
  } catch {
    // A read-only install strips every time.
  }
}

export function stripTypeScript(source: string, filename: string): TypeScriptStripResult {
  const cacheFile = cachePathOf(source, filename);
  const cached = readCached(cacheFile, source);
  if (cached !== undefined) return { code: cached };
  transform ??= (createRequire(import.meta.url)('./typescript.cjs') as { transformSync: Transform }).transformSync;
  let code: string;
  try {
    code = transform(source, { mode: 'strip-only', filename }).code;
  } catch (error) {
    const swc = error as SwcError;
    if (swc === null || typeof swc !== 'object' || typeof swc.code !== 'string' || typeof swc.snippet !== 'string') throw error;
    return { error: { code: swc.code, message: swc.message, snippet: swc.snippet, line: swc.startLine } };
  }
  writeCached(cacheFile, source, code);
  return { code };
}
