import type { Bidi } from './bidi';

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string; lineNumber?: number };
}

/**
 * Runs `expression` in a browsing context and returns what its promise resolves to. The value
 * travels as JSON text (BiDi's own serialization of objects is verbose), so results are plain
 * data: objects, arrays, strings, numbers, booleans, null, or undefined.
 */
export async function evaluateInContext<T>(bidi: Bidi, context: string, expression: string, timeoutMs = 20_000): Promise<T> {
  const wrapped = `(async () => { const value = await (${expression}); return value === undefined ? undefined : JSON.stringify(value); })()`;
  const answer = await bidi.send<EvaluateResult>(
    'script.evaluate',
    { expression: wrapped, target: { context }, awaitPromise: true, resultOwnership: 'none' },
    timeoutMs,
  );
  if (answer.type === 'exception') throw new Error(`evaluate threw in the browser: ${answer.exceptionDetails?.text ?? 'unknown error'}`);
  const value = answer.result?.value;
  return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
}

/**
 * The source of a call to `fn` with the given leading argument expressions and `arg` (as JSON).
 * `fn` runs in the browser, so it must not use anything from the test file's scope.
 */
export function callExpression(fn: (...args: never[]) => unknown, leading: string[], arg: unknown): string {
  const argSource = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `(${fn.toString()})(${[...leading, argSource].join(', ')})`;
}
