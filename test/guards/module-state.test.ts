import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '../helpers/source-files';

/*
 * Unit and component test files share a worker's modules (isolate: false in vitest.config.ts),
 * so anything a module keeps between calls could carry one test's doings into the next. These
 * are all such places in src, each with the reason it can't; a new one fails here until it is
 * reset between tests (test/setup) or its reason is written down.
 */
const known: Record<string, string> = {
  'src/platform/preferences-store.ts writer': 'replaced before each test (test/setup/sync-writes.ts)',
  'src/platform/preferences-store.ts writerOptions': 'set before each test (test/setup/sync-writes.ts)',
  'src/platform/preferences-store.ts preparing': 'flushed after each test (test/setup/sync-writes.ts)',
  'src/platform/preferences-store.ts keptWatchers': 'each page removes its own when it unmounts, and testing-library unmounts after each test',
  'src/platform/pending-writes.ts flushWaiting': 'set once, to the same function, when preferences-store.ts is first imported',
  'src/platform/storage.ts queues': 'drained after each test (test/setup/sync-writes.ts)',
  'src/platform/test-hooks.ts running': 'empties itself as tasks finish; settled() waits on it',
  'src/background/reminders.ts exclusive': 'the worker is loaded afresh for each test (test/helpers/worker.ts)',
  'src/background/shared-pause.ts writer': 'the worker is loaded afresh for each test (test/helpers/worker.ts)',
  'src/background/reminder-effects.ts oneWindowAtATime': 'the worker is loaded afresh for each test (test/helpers/worker.ts)',
  'src/ui/use-preference-items.ts early': 'set only by a page entry; its one test takes fresh modules (test/ui/follow-early.test.tsx)',
  'src/core/reflections/timeline-filter.ts practiceOf': 'built once from the catalogue, never changed',
  'src/ui/runner/chime.ts context': 'an AudioContext, reused for sound only; it holds nothing a test reads',
};

/** A page's entry runs once, as the page opens; tests import what it imports, never it. */
const isPageEntry = (file: string) => /^src\/[\w-]+\/index\.tsx?$/.test(file) && !file.startsWith('src/core/');

function holdsState(initializer: ts.Expression | undefined): boolean {
  if (!initializer) return false;
  let expression = initializer;
  while (ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isParenthesizedExpression(expression)) expression = expression.expression;
  if (ts.isNewExpression(expression)) return true;
  if (ts.isCallExpression(expression)) return /^create(?!Context)/.test(expression.expression.getText());
  if (ts.isObjectLiteralExpression(expression)) {
    return expression.properties.some((property) => ts.isPropertyAssignment(property) && holdsState(property.initializer));
  }
  return false;
}

/** Top-level `let`s, and top-level consts made with `new` or a `create…()` call. */
function moduleState(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements.filter(ts.isVariableStatement).flatMap((statement) => {
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    return statement.declarationList.declarations
      .filter((declaration) => !isConst || holdsState(declaration.initializer))
      .map((declaration) => declaration.name.getText());
  });
}

describe('state kept by modules', () => {
  const root = resolve(import.meta.dirname, '../..');
  const found = sourceFiles(resolve(root, 'src'))
    .map((file) => relative(root, file))
    .filter((file) => !isPageEntry(file))
    .flatMap((file) => moduleState(file).map((name) => `${file} ${name}`));

  it('is only where it is known not to leak from one test into the next', () => {
    expect(found.filter((place) => !(place in known))).toEqual([]);
  });

  it('lists no place that is gone', () => {
    expect(Object.keys(known).filter((place) => !found.includes(place))).toEqual([]);
  });
});
