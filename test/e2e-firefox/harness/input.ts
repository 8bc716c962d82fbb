import type { Bidi } from './bidi';
import { callExpression } from './evaluate';

/*
 * A person's input, as Firefox gets it from its own input handling (WebDriver BiDi
 * input.performActions): trusted events, focus moving as it would, and the user gesture that
 * permissions.request needs. Setting a field's value from a script would prove none of that.
 */

/** WebDriver's key codes for the keys the tests press (WebDriver spec, "keyboard actions"). */
const keys = { Enter: '\uE007', Alt: '\uE00A', Control: '\uE009' } as const;
export type Key = keyof typeof keys;
export type Modifier = 'Alt' | 'Control';

const mouseButtons = { left: 0, middle: 1 } as const;
export type MouseButton = keyof typeof mouseButtons;

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; sharedId?: string };
  exceptionDetails?: { text: string };
}

/**
 * The element `find(document, arg)` returns, scrolled to the middle of the view as a person
 * would scroll to it (pointer actions don't scroll), as BiDi refers to it.
 */
async function locate<A>(bidi: Bidi, context: string, find: (document: Document, arg: A) => Element | null | undefined, arg: A): Promise<string> {
  const expression = `(() => { const found = ${callExpression(find, ['document'], arg)}; found?.scrollIntoView({ block: 'center' }); return found; })()`;
  const answer = await bidi.send<EvaluateResult>('script.evaluate', { expression, target: { context }, awaitPromise: false, resultOwnership: 'none' });
  if (answer.type === 'exception') throw new Error(`finding the element threw in the browser: ${answer.exceptionDetails?.text ?? 'unknown error'}`);
  const sharedId = answer.result?.type === 'node' ? answer.result.sharedId : undefined;
  if (!sharedId) throw new Error(`no element found by ${find.toString()}`);
  return sharedId;
}

/** Moves the mouse to the middle of the element `find` returns and clicks it with `button`. */
export async function clickElement<A>(
  bidi: Bidi,
  context: string,
  find: (document: Document, arg: A) => Element | null | undefined,
  arg: A,
  button: MouseButton = 'left',
): Promise<void> {
  const sharedId = await locate(bidi, context, find, arg);
  const pressed = mouseButtons[button];
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
          { type: 'pointerDown', button: pressed },
          { type: 'pointerUp', button: pressed },
        ],
      },
    ],
  });
}

/** Types `text` key by key into whatever has focus. */
export async function typeText(bidi: Bidi, context: string, text: string): Promise<void> {
  const actions = [...text].flatMap((value) => [
    { type: 'keyDown', value },
    { type: 'keyUp', value },
  ]);
  await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
}

/** Presses `key` while holding `modifiers`, and lets go of all of them. */
export async function pressKey(bidi: Bidi, context: string, key: Key, modifiers: readonly Modifier[] = []): Promise<void> {
  const held = modifiers.map((modifier) => keys[modifier]);
  const actions = [
    ...held.map((value) => ({ type: 'keyDown', value })),
    { type: 'keyDown', value: keys[key] },
    { type: 'keyUp', value: keys[key] },
    ...[...held].reverse().map((value) => ({ type: 'keyUp', value })),
  ];
  await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
}
