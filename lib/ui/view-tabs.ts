// Two or more views in one place (the popup's claims and its sources): the
// ARIA tabs pattern. One tab is in the Tab order; the arrow keys, Home and End
// move between tabs and show the one they reach.

export interface ViewTabs {
  /** Shows the view of `tab` (one of the tabs given). */
  select(tab: HTMLElement, focus?: boolean): void;
  selected(): HTMLElement;
}

/** Wires `role="tab"` elements of `list` to the panels their aria-controls name. */
export function viewTabs(list: HTMLElement, onChange?: (tab: HTMLElement) => void): ViewTabs {
  const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
  const panelOf = (tab: HTMLElement) =>
    list.ownerDocument.getElementById(tab.getAttribute('aria-controls') ?? '');
  let current = tabs.find((t) => t.getAttribute('aria-selected') === 'true') ?? tabs[0];

  const select = (tab: HTMLElement, focus = false) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      const panel = panelOf(t);
      if (panel) panel.hidden = !on;
    }
    if (focus) tab.focus();
    if (tab !== current) {
      current = tab;
      onChange?.(tab);
    }
  };

  list.addEventListener('click', (ev) => {
    const tab = (ev.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab && tabs.includes(tab)) select(tab);
  });
  list.addEventListener('keydown', (ev) => {
    const at = tabs.indexOf(ev.target as HTMLElement);
    if (at < 0) return;
    const next =
      ev.key === 'ArrowRight' || ev.key === 'ArrowDown'
        ? (at + 1) % tabs.length
        : ev.key === 'ArrowLeft' || ev.key === 'ArrowUp'
          ? (at - 1 + tabs.length) % tabs.length
          : ev.key === 'Home'
            ? 0
            : ev.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    ev.preventDefault();
    select(tabs[next], true);
  });
  select(current);
  return { select, selected: () => current };
}
