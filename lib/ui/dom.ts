// A tiny element builder: text always goes in through textContent, so nothing
// from a page can become markup in the popup or the options page.
type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'text') el.textContent = String(value);
    else if (name === 'class') el.className = String(value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

export function $<T extends Element = HTMLElement>(
  selector: string,
  root: ParentNode = document,
): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Sourcelight UI: missing ${selector}`);
  return el;
}

/** Announces a short status in an aria-live region, clearing it after a while. */
export function announce(region: HTMLElement, text: string, ms = 4000): void {
  region.textContent = text;
  const stamp = String(Date.now());
  region.dataset.stamp = stamp;
  if (ms > 0) {
    setTimeout(() => {
      if (region.dataset.stamp === stamp) region.textContent = '';
    }, ms);
  }
}
