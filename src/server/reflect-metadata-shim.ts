// @peculiar/x509 loads tsyringe, which refuses to start without a Reflect metadata polyfill
// (normally the `reflect-metadata` package, not installed here). x509 registers its services with
// explicit tokens, so a minimal WeakMap-backed implementation of the calls tsyringe makes is
// enough. Must be imported before @peculiar/x509.
type MetadataStore = Map<unknown, unknown>;
const stores = new WeakMap<object, Map<PropertyKey | undefined, MetadataStore>>();

function storeOf(target: object, key: PropertyKey | undefined, create: boolean): MetadataStore | undefined {
  let byKey = stores.get(target);
  if (!byKey) {
    if (!create) return undefined;
    byKey = new Map();
    stores.set(target, byKey);
  }
  let store = byKey.get(key);
  if (!store && create) {
    store = new Map();
    byKey.set(key, store);
  }
  return store;
}

interface ReflectMetadataApi {
  getMetadata?: unknown;
}

const r = Reflect as unknown as Record<string, unknown> & ReflectMetadataApi;
if (typeof r.getMetadata !== 'function') {
  const getOwn = (k: unknown, target: object, key?: PropertyKey): unknown => storeOf(target, key, false)?.get(k);
  const get = (k: unknown, target: object, key?: PropertyKey): unknown => {
    for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
      const v = storeOf(t, key, false);
      if (v?.has(k)) return v.get(k);
    }
    return undefined;
  };
  const define = (k: unknown, value: unknown, target: object, key?: PropertyKey): void => {
    storeOf(target, key, true)!.set(k, value);
  };
  r.getMetadata = get;
  r.getOwnMetadata = getOwn;
  r.hasMetadata = (k: unknown, t: object, key?: PropertyKey): boolean => get(k, t, key) !== undefined;
  r.hasOwnMetadata = (k: unknown, t: object, key?: PropertyKey): boolean => getOwn(k, t, key) !== undefined;
  r.defineMetadata = define;
  r.metadata = (k: unknown, value: unknown) => (target: object, key?: PropertyKey): void => define(k, value, target, key);
}

export {};
