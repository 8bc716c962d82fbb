// `npm test`: every check, each timed, with one closing line of totals.
// Steps run in order; a failing step doesn't hide the others' results, and the run fails at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './browser-setup.mjs';

/**
 * @typedef {{ name: string, command: string[], vitestReport?: string, needs?: string }} Step
 * @type {Step[]}
 */
const steps = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'typecheck core (no DOM, no Node)', command: ['npx', 'tsc', '--noEmit', '-p', 'src/core'] },
  { name: 'lint', command: ['npx', 'eslint', '.'] },
  { name: 'build', command: ['node', 'build.mjs'] },
  { name: 'unit + component tests', command: ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'components'], vitestReport: 'unit.json' },
  { name: 'e2e tests (Chromium)', command: ['npx', 'vitest', 'run', '--project', 'e2e'], vitestReport: 'e2e.json' },
  { name: 'e2e tests (Firefox)', command: ['npx', 'vitest', 'run', '--project', 'e2e-firefox'], vitestReport: 'e2e-firefox.json' },
  { name: 'web-ext lint (Firefox build)', command: ['npx', 'web-ext', 'lint', '--source-dir', 'dist/firefox', '--no-input'], needs: 'build' },
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

for (const step of steps) {
  if (step.needs && !results.find((result) => result.name === step.needs)?.ok) {
    results.push({ name: step.name, ok: false, seconds: 0, note: `not run: ${step.needs} failed` });
    continue;
  }
  const command = [...step.command];
  const report = step.vitestReport ? join(scratch, step.vitestReport) : undefined;
  if (report) command.push('--reporter=default', '--reporter=json', `--outputFile.json=${report}`);
  console.log(`\n▶ ${step.name}: ${command.join(' ')}`);
  const started = performance.now();
  const [program = '', ...programArgs] = command;
  const run = spawnSync(program, programArgs, { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  let note;
  if (report && existsSync(report)) {
    const counts = JSON.parse(readFileSync(report, 'utf8'));
    passed += counts.numPassedTests;
    failed += counts.numFailedTests;
    note = `${counts.numPassedTests} passed, ${counts.numFailedTests} failed`;
    // A test run that ran nothing has not shown anything works.
    if (counts.numTotalTests === 0) run.status = 1;
  }
  results.push({ name: step.name, ok: run.status === 0, seconds, note });
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
