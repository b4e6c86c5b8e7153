// PostGraphile 5 uses Promise.withResolvers (Node 22+); Node 20 needs this, loaded with NODE_OPTIONS=--require.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
