import DataLoader from 'dataloader';
import type { RequestContext } from './request-context';

/** A DataLoader per request and key: fields of a page of clients load in one set-based statement. */
export const contextLoader = <K, V>(
  ctx: RequestContext,
  key: string,
  batch: (keys: readonly K[]) => Promise<Map<K, V>>,
  fallback: V,
): DataLoader<K, V> => {
  let loader = ctx.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(async (keys) => {
      const found = await batch(keys);
      return keys.map((k) => found.get(k) ?? fallback);
    });
    ctx.loaders.set(key, loader);
  }
  return loader;
};
