/*
 * Last-resort cleanup: whatever a test run leaves behind (a Firefox process group, a profile
 * directory) is removed when Node exits or is told to stop, even if a test hangs or throws
 * before its own cleanup ran. Every cleanup here is synchronous, as 'exit' handlers must be.
 */
const pending = new Set<() => void>();
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

function runAll(): void {
  for (const cleanup of [...pending]) {
    pending.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort: the next cleanup still runs.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  // Without another listener Node would now ignore the signal: stop the way it would have.
  if (process.listenerCount(signal) === 1) {
    process.removeListener(signal, onSignal);
    process.kill(process.pid, signal);
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', runAll);
  for (const signal of signals) process.on(signal, onSignal);
}

/** Registers a synchronous cleanup for exit and signals; the returned function runs it now (once). */
export function onExit(cleanup: () => void): () => void {
  install();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    pending.delete(once);
    cleanup();
  };
  pending.add(once);
  return once;
}
