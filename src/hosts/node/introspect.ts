// hosts layer (Node): what plain JavaScript cannot see of a value (a promise's state and result,
// the entries of a collection iterator or a weak collection), read through a same-thread inspector
// session, whose `post` answers synchronously.
import { createRequire } from 'node:module';
import type { Session } from 'node:inspector';

// Loaded on first use: most programs never inspect a promise, and every process would pay for it.
const requireHost = createRequire(import.meta.url);

type RemoteObject = { type: string; value?: unknown; unserializableValue?: string; objectId?: string };
type PromiseState = { state: 'pending' | 'fulfilled' | 'rejected'; value?: unknown };
type Properties = { result: { name: string; value?: RemoteObject }[]; internalProperties?: { name: string; value?: RemoteObject }[] };
type EntryPreview = { entries: unknown[]; keyValue: boolean };

/**
 * The session is opened on the first question, so programs that never inspect a promise pay
 * nothing. A holder object, made visible to the inspector once, carries values both ways so that
 * no later question touches the program's globals.
 */
export function createIntrospection(): { promiseState(p: Promise<unknown>): PromiseState; previewEntries(value: object): EntryPreview | undefined } {
  let session: Session | null = null;
  let holder: { in: unknown; out: unknown } | null = null;
  let holderId = '';

  function post<T>(method: string, params: object): T {
    let error: Error | null = null;
    let result: unknown;
    session!.post(method, params, (e, r) => {
      error = e;
      result = r;
    });
    if (error) throw error;
    return result as T;
  }

  function open(): void {
    const inspector = requireHost('node:inspector') as typeof import('node:inspector');
    session = new inspector.Session();
    session.connect();
    holder = { in: undefined, out: undefined };
    const slot = `__nodelingIntrospect${Math.random().toString(36).slice(2)}`;
    const global = globalThis as Record<string, unknown>;
    global[slot] = holder;
    try {
      holderId = post<{ result: RemoteObject }>('Runtime.evaluate', { expression: `globalThis.${slot}`, objectGroup: 'holder' }).result.objectId!;
    } finally {
      delete global[slot];
    }
  }

  /** The live value behind a remote object: primitives travel by value, the rest through the holder. */
  function valueOf(remote: RemoteObject): unknown {
    if (remote.type === 'undefined') return undefined;
    if ('value' in remote && remote.objectId === undefined) return remote.value;
    const argument = remote.objectId !== undefined ? { objectId: remote.objectId } : { unserializableValue: remote.unserializableValue };
    post('Runtime.callFunctionOn', { objectId: holderId, functionDeclaration: 'function (v) { this.out = v; }', arguments: [argument] });
    const value = holder!.out;
    holder!.out = undefined;
    return value;
  }

  /** The inspector's handle on `value`, valid until the 'question' group is released. */
  function remoteOf(value: object): string {
    if (session === null) open();
    holder!.in = value;
    try {
      return post<{ result: RemoteObject }>('Runtime.callFunctionOn', {
        objectId: holderId, functionDeclaration: 'function () { return this.in; }', objectGroup: 'question',
      }).result.objectId!;
    } finally {
      holder!.in = undefined;
    }
  }

  function propertiesOf(objectId: string): Properties {
    return post<Properties>('Runtime.getProperties', { objectId, ownProperties: true });
  }

  return {
    promiseState(p) {
      try {
        const { internalProperties = [] } = propertiesOf(remoteOf(p));
        let state: PromiseState['state'] = 'pending';
        let result: RemoteObject | undefined;
        for (const property of internalProperties) {
          if (property.name === '[[PromiseState]]') state = property.value!.value as PromiseState['state'];
          else if (property.name === '[[PromiseResult]]') result = property.value;
        }
        if (state === 'pending' || result === undefined) return { state: 'pending' };
        return { state, value: valueOf(result) };
      } finally {
        post('Runtime.releaseObjectGroup', { objectGroup: 'question' });
      }
    },
    // The inspector lists what an iterator has left (without advancing it) and what a weak
    // collection holds, each entry as an object with `value` and, for key-value kinds, `key`.
    previewEntries(value) {
      try {
        const { internalProperties = [] } = propertiesOf(remoteOf(value));
        const list = internalProperties.find((p) => p.name === '[[Entries]]')?.value?.objectId;
        if (list === undefined) return undefined;
        const kind = internalProperties.find((p) => p.name === '[[IteratorKind]]')?.value?.value;
        const keyValue = kind === undefined ? value instanceof WeakMap : kind === 'entries';
        const entries: unknown[] = [];
        for (const item of propertiesOf(list).result) {
          if (item.value?.objectId === undefined || !/^\d+$/.test(item.name)) continue;
          const fields = propertiesOf(item.value.objectId).result;
          const field = (name: string): unknown => {
            const remote = fields.find((f) => f.name === name)?.value;
            return remote === undefined ? undefined : valueOf(remote);
          };
          // A Set's entries iterator yields [value, value]: its entry objects carry both as key and value.
          if (keyValue) entries.push(field('key'), field('value'));
          else entries.push(field('value'));
        }
        return { entries, keyValue };
      } finally {
        post('Runtime.releaseObjectGroup', { objectGroup: 'question' });
      }
    },
  };
}
