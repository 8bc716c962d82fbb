// `npm test`: every check, each timed, with one closing line of totals.
// The build and the core's own typecheck first; the test suites one after another, each with its
// output live, except those that run beside the Chromium tests with their output held, in the
// room the Chromium tests' one browser at a time leaves, at the lowest CPU priority: the Chromium
// tests that wait for the browser's write quota (a minute, mostly idle), the Firefox tests (about
// 90 s), and the typecheck and lint (about a minute of CPU on a fresh clone, with no lint cache).
// A failing step doesn't hide the others' results; the run fails at the end.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './browser-setup.mjs';

/**
 * @typedef {{ name: string, command: string[], vitestReport?: string, needs?: string, held?: boolean }} Step
 * `held`: its output is printed in one piece when it ends, so the step beside it stays live, and
 * it runs at the lowest CPU priority (`nice`): the live step beside it is the Chromium tests, the
 * longest step, whose every click waits for the browser's next frames. Given the CPU first, they
 * take what they need and the held steps the rest. The unit tests keep a phase of their own:
 * held beside the Chromium tests too, they were starved past their waits' timeouts and ended no
 * sooner (docs/design.md's `npm test` row has the numbers).
 * @type {Step[][]} phases: the steps of a phase run at the same time
 */
const phases = [
  [
    { name: 'typecheck core (no DOM, no Node)', command: ['npx', 'tsc', '--noEmit', '-p', 'src/core'] },
    { name: 'build', command: ['node', 'build.mjs'] },
  ],
  [
    { name: 'unit + component tests', command: ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'components'], vitestReport: 'unit.json' },
    { name: 'web-ext lint (Firefox build)', command: ['npm', 'run', '--silent', 'lint:firefox'], needs: 'build' },
  ],
  [
    { name: 'e2e tests (Chromium)', command: ['npx', 'vitest', 'run', '--project', 'e2e'], vitestReport: 'e2e.json' },
    {
      name: 'e2e: sync write quota (Chromium)',
      command: ['npx', 'vitest', 'run', '--project', 'e2e-quota'],
      vitestReport: 'e2e-quota.json',
      held: true,
    },
    { name: 'e2e tests (Firefox)', command: ['npx', 'vitest', 'run', '--project', 'e2e-firefox'], vitestReport: 'e2e-firefox.json', held: true },
    // On a fresh clone (no lint cache) these take a minute of one core, which the Chromium tests leave free.
    { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'], held: true },
    { name: 'lint', command: ['npm', 'run', '--silent', 'lint'], held: true },
  ],
];

/** @type {{ name: string, ok: boolean, seconds: number, note?: string }[]} */
const results = [];
let passed = 0;
let failed = 0;

// Browsers first: without them the run would fail at its end, minutes later, for want of a command.
console.log('\n▶ browsers: Chromium and Firefox ESR for the end-to-end tests');
const browsersStarted = performance.now();
if (!ensureBrowsers()) process.exit(1);
results.push({ name: 'browsers', ok: true, seconds: (performance.now() - browsersStarted) / 1000 });

const scratch = mkdtempSync(join(tmpdir(), 'kindly-test-'));

/**
 * Runs a step: live when it runs alone, else its output held and printed in one piece when it ends.
 * @param {Step} step @param {boolean} alone
 */
function runStep(step, alone) {
  const command = step.held ? ['nice', '-n', '19', ...step.command] : [...step.command];
  const report = step.vitestReport ? join(scratch, step.vitestReport) : undefined;
  if (report) command.push('--reporter=default', '--reporter=json', `--outputFile.json=${report}`);
  if (alone) console.log(`\n▶ ${step.name}: ${command.join(' ')}`);
  const started = performance.now();
  const [program = '', ...programArgs] = command;
  return new Promise((done) => {
    const child = spawn(program, programArgs, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (!alone) {
        console.log(`\n▶ ${step.name}: ${command.join(' ')} (${seconds.toFixed(1)} s)`);
        process.stdout.write(Buffer.concat(output));
      }
      let ok = code === 0;
      let note;
      if (report && existsSync(report)) {
        const counts = JSON.parse(readFileSync(report, 'utf8'));
        passed += counts.numPassedTests;
        failed += counts.numFailedTests;
        note = `${counts.numPassedTests} passed, ${counts.numFailedTests} failed`;
        // A test run that ran nothing has not shown anything works.
        if (counts.numTotalTests === 0) ok = false;
      }
      done({ name: step.name, ok, seconds, note });
    });
  });
}

for (const phase of phases) {
  const runnable = phase.filter((step) => {
    if (!step.needs || results.find((result) => result.name === step.needs)?.ok) return true;
    results.push({ name: step.name, ok: false, seconds: 0, note: `not run: ${step.needs} failed` });
    return false;
  });
  const live = runnable.filter((step) => !step.held);
  results.push(...(await Promise.all(runnable.map((step) => runStep(step, !step.held && live.length === 1)))));
}
rmSync(scratch, { recursive: true, force: true });

console.log('\nStep                                  Result   Time');
for (const result of results) {
  const line = `${result.name.padEnd(38)}${(result.ok ? 'ok' : 'FAILED').padEnd(9)}${result.seconds.toFixed(1).padStart(6)} s`;
  console.log(result.note ? `${line}   ${result.note}` : line);
}
const allOk = results.every((result) => result.ok);
if (!allOk && failed === 0) failed = 1; // a failed check counts even when every test passed
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
