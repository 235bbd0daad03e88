// node layer: which objects are proxies. The engine lets nothing see through a proxy, so the
// bootstrap replaces the program's global `Proxy` with one that records each proxy it makes —
// for util.types.isProxy and for util.inspect, which shows a proxy's target (or, with
// showProxy, the target and handler) without running its traps, as Node does.
const details = new WeakMap<object, [target: unknown, handler: unknown]>();

/** The target and handler of a proxy made through the global Proxy, or undefined. */
export function getProxyDetails(value: unknown): [unknown, unknown] | undefined {
  return typeof value === 'object' || typeof value === 'function' ? details.get(value as object) : undefined;
}

export function installProxyTracking(scope: { Proxy: ProxyConstructor }): void {
  const NativeProxy = scope.Proxy;
  const revocable = function revocable(target: object, handler: ProxyHandler<object>) {
    const result = NativeProxy.revocable(target, handler);
    details.set(result.proxy, [target, handler]);
    return result;
  };
  scope.Proxy = new NativeProxy(NativeProxy, {
    construct(Native, args, newTarget) {
      const proxy = Reflect.construct(Native, args, newTarget) as object;
      details.set(proxy, [args[0], args[1]]);
      return proxy;
    },
    get(Native, key, receiver) {
      return key === 'revocable' ? revocable : Reflect.get(Native, key, receiver);
    },
  });
}
