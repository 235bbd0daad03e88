// hosts layer (Node): what plain JavaScript cannot see of a value (a promise's state and result),
// read through a same-thread inspector session, whose `post` answers synchronously.
import { createRequire } from 'node:module';
import type { Session } from 'node:inspector';

// Loaded on first use: most programs never inspect a promise, and every process would pay for it.
const requireHost = createRequire(import.meta.url);

type RemoteObject = { type: string; value?: unknown; unserializableValue?: string; objectId?: string };
type PromiseState = { state: 'pending' | 'fulfilled' | 'rejected'; value?: unknown };

/**
 * The session is opened on the first question, so programs that never inspect a promise pay
 * nothing. A holder object, made visible to the inspector once, carries values both ways so that
 * no later question touches the program's globals.
 */
export function createIntrospection(): { promiseState(p: Promise<unknown>): PromiseState } {
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

  return {
    promiseState(p) {
      if (session === null) open();
      holder!.in = p;
      try {
        const promiseId = post<{ result: RemoteObject }>('Runtime.callFunctionOn', {
          objectId: holderId, functionDeclaration: 'function () { return this.in; }', objectGroup: 'question',
        }).result.objectId!;
        const { internalProperties = [] } = post<{ internalProperties?: { name: string; value?: RemoteObject }[] }>(
          'Runtime.getProperties', { objectId: promiseId, ownProperties: true });
        let state: PromiseState['state'] = 'pending';
        let result: RemoteObject | undefined;
        for (const property of internalProperties) {
          if (property.name === '[[PromiseState]]') state = property.value!.value as PromiseState['state'];
          else if (property.name === '[[PromiseResult]]') result = property.value;
        }
        if (state === 'pending' || result === undefined) return { state: 'pending' };
        return { state, value: valueOf(result) };
      } finally {
        holder!.in = undefined;
        post('Runtime.releaseObjectGroup', { objectGroup: 'question' });
      }
    },
  };
}
