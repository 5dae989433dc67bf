/**
 * Counts Sourcelight badges in the document and every open shadow root, for
 * page.evaluate in the bench and the browser tests. A string, not a function:
 * tsx names inner functions with a helper the page lacks.
 */
export const COUNT_BADGES = `(() => {
  let n = 0;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.hasAttribute('data-sourcelight-kind')) n++;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return n;
})()`;
