/*
 * The new tab builds its page from plain DOM (see new-tab-view.ts): these are its few helpers.
 */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.className = className;
  return created;
}

/** A button that is only a button (never a form's submit), with its words and what it does. */
export function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const created = element('button', className);
  created.type = 'button';
  created.textContent = text;
  created.addEventListener('click', onClick);
  return created;
}

export function setText(target: Element, text: string): void {
  if (target.textContent !== text) target.textContent = text;
}

/**
 * Makes `wanted` the children, removing and inserting only what changed: a node that stays is
 * never moved, since moving it would take focus from it (or from a button inside it).
 */
export function setChildren(parent: Element, wanted: readonly Element[]): void {
  for (const child of [...parent.children]) if (!wanted.includes(child)) child.remove();
  wanted.forEach((child, index) => {
    const there = parent.children[index];
    if (there !== child) parent.insertBefore(child, there ?? null);
  });
}
