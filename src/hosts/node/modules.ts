// hosts layer (Node): ES modules on the Node host — V8's module records through node:vm
// (SourceTextModule for source, SyntheticModule for built-ins, CommonJS and JSON), so linking,
// live bindings, cycles and top-level await are the engine's. The worker runs with
// --experimental-vm-modules; the runtime decides every URL and every source.
import * as vm from 'node:vm';
import type { ModuleHost, ModuleServer } from '../../node/binding/host.js';

type Attributes = Record<string, string>;

export function createModuleHost(): ModuleHost {
  let server: ModuleServer;
  /** One record per URL and `type` attribute, as Node's module map keys them. */
  const records = new Map<string, vm.Module>();
  const linking = new Map<vm.Module, Promise<void>>();
  const evaluations = new Map<vm.Module, Promise<void>>();

  function recordFor(url: string, attributes: Attributes): vm.Module {
    const key = attributes.type === undefined ? url : `${url}\0${attributes.type}`;
    const cached = records.get(key);
    if (cached) return cached;
    const loaded = server.load(url, attributes);
    let record: vm.Module;
    if (loaded.kind === 'source') {
      record = new vm.SourceTextModule(loaded.source, {
        identifier: url,
        initializeImportMeta: (meta) => server.initializeImportMeta(meta as unknown as Record<string, unknown>, url),
        importModuleDynamically: ((specifier: string, _referrer: unknown, attrs: Attributes) =>
          server.importDynamic(specifier, url, attrs ?? {})) as never,
      });
    } else {
      record = new vm.SyntheticModule(loaded.names, function evaluateSynthetic(this: vm.SyntheticModule) {
        loaded.evaluate((name, value) => this.setExport(name, value));
      }, { identifier: url });
    }
    records.set(key, record);
    return record;
  }

  function linker(specifier: string, referrer: vm.Module, extra: { attributes?: Attributes }): vm.Module {
    const attributes = extra.attributes ?? {};
    return recordFor(server.resolve(specifier, referrer.identifier, attributes), attributes);
  }

  function link(record: vm.Module): Promise<void> {
    let pending = linking.get(record);
    if (!pending) {
      pending = record.status === 'unlinked' ? record.link(linker as never) : Promise.resolve();
      linking.set(record, pending);
    }
    return pending;
  }

  function evaluate(record: vm.Module): Promise<void> {
    let pending = evaluations.get(record);
    if (!pending) {
      pending = record.evaluate();
      evaluations.set(record, pending);
    }
    return pending;
  }

  return {
    setServer(s) {
      server = s;
    },
    async importModule(url, attributes) {
      const record = recordFor(url, attributes);
      await link(record);
      await ModuleJobRun(record);
      return record.namespace;
    },
    compileScript(source, filename) {
      const script = new vm.Script(source, {
        filename,
        importModuleDynamically: ((specifier: string, _script: unknown, attrs: Attributes) =>
          server.importDynamic(specifier, filename, attrs ?? {})) as never,
      });
      return script.runInThisContext();
    },
  };

  // Named after the Node internal it stands for, so stack traces read as Node's.
  function ModuleJobRun(record: vm.Module): Promise<void> {
    return evaluate(record);
  }
}
