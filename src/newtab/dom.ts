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

/**
 * Runs `build` with the element of that id as soon as the parser has put it in the document: a
 * script in <head> gets it before the browser's first frame after parsing, where waiting for
 * DOMContentLoaded would leave that frame empty and show the page one frame later. Once only;
 * at once when the element is already there (the document parsed before the script ran).
 */
export function whenParsed(id: string, build: (found: HTMLElement) => void): void {
  const attempt = () => {
    const found = document.getElementById(id);
    if (!found) return false;
    observer.disconnect();
    build(found);
    return true;
  };
  // Mutation callbacks run at the end of the parser's task, before it can render a frame.
  const observer = new MutationObserver(attempt);
  if (!attempt()) observer.observe(document, { childList: true, subtree: true });
}
