// hosts layer (Node): ES modules on the Node host — V8's module records through node:vm
// (SourceTextModule for source, SyntheticModule for built-ins, CommonJS and JSON), so linking,
// live bindings, cycles and top-level await are the engine's. The worker runs with
// --experimental-vm-modules; the runtime decides every URL and every source.
import * as vm from 'node:vm';
import type { ModuleHost, ModuleServer } from '../../node/binding/host.js';

type Attributes = Record<string, string>;

/** The engine record under a vm.Module (Node's ModuleWrap), reached through vm's own symbol. */
interface ModuleWrap {
  getModuleRequests(): { specifier: string; attributes: Attributes }[];
  link(specifiers: string[], wraps: ModuleWrap[]): void;
  instantiate(): void;
  isGraphAsync(): boolean;
}

let wrapKey: symbol | undefined;

function wrapOf(record: vm.Module): ModuleWrap {
  return (record as unknown as Record<symbol, ModuleWrap>)[wrapKey!];
}

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
    wrapKey ??= Object.getOwnPropertySymbols(record).find((symbol) => symbol.description === 'kWrap');
    return record;
  }

  function linker(specifier: string, referrer: vm.Module, extra: { attributes?: Attributes }): vm.Module {
    const attributes = extra.attributes ?? {};
    return recordFor(server.resolve(specifier, referrer.identifier, attributes), attributes);
  }

  function link(record: vm.Module): Promise<void> {
    if (wrapKey !== undefined) {
      linkSync(record);
      return Promise.resolve();
    }
    let pending = linking.get(record);
    if (!pending) {
      pending = record.status === 'unlinked' ? record.link(linker as never) : Promise.resolve();
      linking.set(record, pending);
    }
    return pending;
  }

  /**
   * Links a graph without a promise per edge: vm's `link()` awaits every linker answer, but the
   * records underneath (the module wraps) link synchronously, which `require(esm)` needs and
   * which makes large graphs cheaper.
   */
  function linkSync(root: vm.Module): void {
    if (root.status !== 'unlinked') return;
    const visiting = new Set<vm.Module>();
    const walk = (record: vm.Module): void => {
      visiting.add(record);
      const wrap = wrapOf(record);
      const requests = wrap.getModuleRequests();
      const specifiers = new Array<string>(requests.length);
      const wraps = new Array<ModuleWrap>(requests.length);
      for (let i = 0; i < requests.length; i++) {
        const { specifier, attributes } = requests[i];
        const dependency = recordFor(server.resolve(specifier, record.identifier, attributes), attributes);
        if (dependency.status === 'unlinked' && !visiting.has(dependency)) walk(dependency);
        specifiers[i] = specifier;
        wraps[i] = wrapOf(dependency);
      }
      wrap.link(specifiers, wraps);
    };
    walk(root);
    wrapOf(root).instantiate();
  }

  /**
   * Creates the records of the graph under `root` level by level, each level's files read in
   * parallel by the runtime: one blocking read per module costs far more than one batch per
   * level. What fails here is left for linking to throw, with its place in the graph.
   */
  async function loadGraph(root: vm.Module): Promise<void> {
    const seen = new Set<vm.Module>([root]);
    let level = [root];
    while (level.length > 0) {
      const requests: { specifier: string; referrer: string }[] = [];
      const attributes: Attributes[] = [];
      for (const record of level) {
        if (record.status !== 'unlinked' || !(record instanceof vm.SourceTextModule)) continue;
        for (const request of wrapOf(record).getModuleRequests()) {
          requests.push({ specifier: request.specifier, referrer: record.identifier });
          attributes.push(request.attributes);
        }
      }
      if (requests.length === 0) return;
      const urls = await server.prefetch(requests);
      const next: vm.Module[] = [];
      for (let i = 0; i < urls.length; i++) {
        const url = urls[i];
        if (url === null) continue;
        let record: vm.Module;
        try {
          record = recordFor(url, attributes[i]);
        } catch {
          continue;
        }
        if (!seen.has(record)) {
          seen.add(record);
          next.push(record);
        }
      }
      level = next;
    }
  }

  /** `require(esm)`: links and evaluates synchronously; null when the graph has top-level await. */
  function runSync(url: string): object | null {
    const record = recordFor(url, {});
    if (wrapKey === undefined) throw new Error('require() of ES modules needs vm module wraps on this Node');
    linkSync(record);
    if (record.status === 'evaluated') return record.namespace;
    if (record.status === 'errored') throw record.error;
    if (wrapOf(record).isGraphAsync()) return null;
    // The frames of vm and of this host, hidden when printed, must not crowd the program's out.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = limit + 4;
    let pending: Promise<void>;
    try {
      pending = evaluate(record);
    } finally {
      Error.stackTraceLimit = limit;
    }
    // Settled already: a graph without top-level await evaluates within evaluate()'s call.
    pending.catch(() => {});
    if ((record.status as vm.ModuleStatus) === 'errored') throw record.error;
    return record.namespace;
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
    requireModule(url) {
      return runSync(url);
    },
    setServer(s) {
      server = s;
    },
    async importModule(url, attributes) {
      const record = recordFor(url, attributes);
      if (record instanceof vm.SourceTextModule && record.status === 'unlinked' && wrapKey !== undefined
        && wrapOf(record).getModuleRequests().length > 0) {
        await loadGraph(record);
      }
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
      // The program's errors are the runtime's to report: the host must not put its arrow on them.
      return script.runInThisContext({ displayErrors: false });
    },
  };

  // Named after the Node internal it stands for, so stack traces read as Node's.
  function ModuleJobRun(record: vm.Module): Promise<void> {
    return evaluate(record);
  }
}
