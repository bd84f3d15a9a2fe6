// A small least-recently-used cache of answers, keyed by the whole request.
export function createCache(limit = 300) {
  const map = new Map();
  return {
    get(key) {
      if (!map.has(key)) return undefined;
      const value = map.get(key);
      map.delete(key);
      map.set(key, value);
      return value;
    },
    set(key, value) {
      map.delete(key);
      map.set(key, value);
      while (map.size > limit) map.delete(map.keys().next().value);
    },
    clear() {
      map.clear();
    },
    get size() {
      return map.size;
    },
  };
}
