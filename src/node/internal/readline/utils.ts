// node layer: readline's terminal vocabulary — the ANSI sequences it writes, and the decoding of
// input bytes into 'keypress' events (emitKeypressEvents).
import { StringDecoder } from '../../string_decoder.js';

export const kClearToLineBeginning = '\x1b[1K';
export const kClearToLineEnd = '\x1b[0K';
export const kClearLine = '\x1b[2K';
export const kClearScreenDown = '\x1b[0J';

/** `CSI n G`: the cursor to column x (0-based), or `CSI n;m H` with a row too. */
export function cursorToSequence(x: number, y?: number): string {
  return typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
}

export function moveCursorSequence(dx: number, dy: number): string {
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return data;
}

export interface Key {
  sequence: string;
  name: string | undefined;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  code?: string;
}

// Final characters of CSI sequences that name keys (xterm and vt220 forms).
const csiKeys: Record<string, string> = {
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home', P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
  '1~': 'home', '2~': 'insert', '3~': 'delete', '4~': 'end', '5~': 'pageup', '6~': 'pagedown', '7~': 'home', '8~': 'end',
};

function isAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/** Splits decoded text into keys: escape sequences whole, everything else a character at a time. */
export function decodeKeys(text: string, emit: (s: string | undefined, key: Key) => void): void {
  let i = 0;
  while (i < text.length) {
    let ch = text[i];
    const start = i;
    const key: Key = { sequence: '', name: undefined, ctrl: false, meta: false, shift: false };
    let escaped = false;
    i++;
    if (ch === '\x1b' && i < text.length) {
      escaped = true;
      ch = text[i];
      i++;
      if (ch === '\x1b' && i < text.length) ch = text[i++];
      if ((ch === '[' || ch === 'O') && i < text.length) {
        // A CSI/SS3 sequence: parameters, then one final character.
        let params = '';
        while (i < text.length && /[0-9;]/.test(text[i])) params += text[i++];
        let final = text[i++] ?? '';
        if (final === '~') final = `${params.split(';')[0]}~`;
        const modifier = params.includes(';') ? Number(params.split(';')[1]) - 1 : 0;
        key.sequence = text.slice(start, i);
        key.code = `${ch}${params.includes(';') || final.endsWith('~') ? '' : params}${final}`;
        key.name = csiKeys[final];
        key.ctrl = (modifier & 4) !== 0;
        key.meta = (modifier & 10) !== 0;
        key.shift = (modifier & 1) !== 0;
        emit(undefined, key);
        continue;
      }
    }
    key.sequence = text.slice(start, i);
    key.meta = escaped;
    if (ch === '\r') key.name = 'return';
    else if (ch === '\n') key.name = 'enter';
    else if (ch === '\t') key.name = 'tab';
    else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
    else if (ch === '\x1b') key.name = 'escape';
    else if (ch === ' ') key.name = 'space';
    else if (ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
      key.ctrl = true;
    } else if (isAlnum(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch !== key.name;
    } else if (escaped) {
      key.name = ch.length ? undefined : 'escape';
    }
    emit(key.sequence.length === 1 || !escaped ? key.sequence : undefined, key);
  }
}

const kDecoder = Symbol('keypress-decoder');

interface KeypressStream {
  [kDecoder]?: StringDecoder;
  on(event: string, listener: (...args: any[]) => void): unknown;
  removeListener(event: string, listener: (...args: any[]) => void): unknown;
  listenerCount(event: string): number;
  emit(event: string, ...args: unknown[]): boolean;
}

/** Makes `stream` emit 'keypress' events for the data it reads, once a 'keypress' listener exists. */
export function emitKeypressEvents(stream: KeypressStream, _iface: object = {}): void {
  if (stream[kDecoder]) return;
  const decoder = new StringDecoder('utf8');
  stream[kDecoder] = decoder;
  function onData(data: unknown): void {
    if (stream.listenerCount('keypress') > 0) {
      const text = typeof data === 'string' ? data : decoder.write(data as Uint8Array);
      if (text) decodeKeys(text, (s, key) => stream.emit('keypress', s, key));
    } else {
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event: string): void {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}
