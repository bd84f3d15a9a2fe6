// A fake chrome.storage area over one key of `store`, as the browser's behaves: values are copied in
// and out; `onSet(values)` is told of each write (the browser's onChanged), `onAccessLevel(level)` of
// setAccessLevel.
export function storageArea(store, name, { onSet = () => {}, onAccessLevel = () => {} } = {}) {
  return {
    async get(keys) {
      if (keys === null) return structuredClone(store[name]);
      const wanted = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => k in store[name]).map((k) => [k, structuredClone(store[name][k])]));
    },
    async set(values) {
      Object.assign(store[name], structuredClone(values));
      onSet(structuredClone(values));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete store[name][k];
    },
    async setAccessLevel({ accessLevel } = {}) {
      onAccessLevel(accessLevel);
    },
  };
}
