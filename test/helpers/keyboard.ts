import { fireEvent } from '@testing-library/preact';

/*
 * jsdom has no keyboard of its own: these stand in for the few things a browser does with keys
 * (Tab moves focus, Enter and Space press the focused control), so component tests can drive a
 * page by keyboard alone. Keys a component handles itself (arrows, Esc) go through untouched.
 */
const focusableSelector = 'button, input, textarea, select, a[href], [tabindex]';

function tabbable(): HTMLElement[] {
  const all = [...document.querySelectorAll<HTMLElement>(focusableSelector)].filter(
    (element) => !element.hasAttribute('disabled') && element.tabIndex >= 0 && !element.closest('[hidden]'),
  );
  // A group of radio buttons is one tab stop: the checked one, or the first.
  return all.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
    const group = all.filter((other) => other instanceof HTMLInputElement && other.type === 'radio' && other.name === element.name);
    const checked = group.find((other) => (other as HTMLInputElement).checked);
    return element === (checked ?? group[0]);
  });
}

/** Tab (or Shift+Tab): focus moves to the next control in document order. */
export function tab(backwards = false): HTMLElement {
  const order = tabbable();
  const at = order.indexOf(document.activeElement as HTMLElement);
  const next = backwards ? order[at <= 0 ? order.length - 1 : at - 1] : order[at + 1 < order.length ? at + 1 : 0];
  if (!next) throw new Error('nothing to focus');
  next.focus();
  return next;
}

/** Presses a key on the focused element, doing what a browser would if the page lets it. */
export function press(key: string): void {
  const target = (document.activeElement as HTMLElement | null) ?? document.body;
  const proceed = fireEvent.keyDown(target, { key });
  if (proceed) {
    const isButton = target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement;
    const isToggle = target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
    if ((key === 'Enter' && isButton) || (key === ' ' && (isButton || isToggle))) fireEvent.click(target);
  }
  fireEvent.keyUp(target, { key });
}

/** Types text into the focused field, as input events. */
export function type(text: string): void {
  const field = document.activeElement;
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) throw new Error('no field has focus');
  fireEvent.input(field, { target: { value: field.value + text } });
}
