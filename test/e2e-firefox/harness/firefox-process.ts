import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { onExit } from './cleanup';

export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface FirefoxProcess {
  /** ws://127.0.0.1:PORT, where WebDriver BiDi listens. */
  bidiUrl: string;
  /** Every line Firefox has printed so far, both streams, in order of arrival. */
  output: OutputLine[];
  /** Resolves once the Firefox process has exited (true) or after `timeoutMs` (false). */
  waitForExit(timeoutMs: number): Promise<boolean>;
  /** Kills the whole process group at once and removes the profile; safe to call again. */
  kill(): void;
}

/**
 * Starts Firefox headless on `profile`, in its own process group so that it and every content
 * process it starts can be killed together, and waits for the WebDriver BiDi line on stderr.
 * The profile directory belongs to the process from here on: kill() removes it.
 */
export async function startFirefox(binary: string, profile: string, { timeoutMs = 30_000 } = {}): Promise<FirefoxProcess> {
  const child = spawn(
    binary,
    // --remote-allow-system-access lets BiDi navigate to moz-extension:// and evaluate in the
    // browser's own (chrome) scope, where the network guard watches every request.
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access', 'about:blank'],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        MOZ_HEADLESS: '1',
        // Mozilla's own test switch: Firefox refuses connections to anything but local
        // addresses, and its remote settings accept the dummy server set in user.js, so
        // Firefox itself stays off the network.
        MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
        // No crash reporter dialog or upload attempt if Firefox does crash.
        MOZ_CRASHREPORTER_DISABLE: '1',
      },
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = onExit(() => {
    // The group, not just the main process: content processes may outlive a crashed parent.
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(profile, { recursive: true, force: true });
  });

  const output: OutputLine[] = [];
  const listeners = new Set<() => void>();
  for (const stream of ['stdout', 'stderr'] as const) {
    let partial = '';
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const text of lines) output.push({ stream, text });
      for (const listener of listeners) listener();
    });
  }

  try {
    const bidiUrl = await new Promise<string>((resolve, reject) => {
      const check = () => {
        for (const { stream, text } of output) {
          const match = stream === 'stderr' ? /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(text) : null;
          if (match?.[1]) return resolve(match[1]);
        }
      };
      listeners.add(check);
      const tail = () => output.slice(-20).map((line) => line.text).join('\n');
      void exited.then(() => reject(new Error(`Firefox exited before WebDriver BiDi was ready:\n${tail()}`)));
      child.once('error', reject);
      setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi within ${timeoutMs} ms:\n${tail()}`)), timeoutMs).unref();
    });
    listeners.clear();
    return {
      bidiUrl,
      output,
      waitForExit: (ms) =>
        Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]),
      kill,
    };
  } catch (error) {
    kill();
    throw error;
  }
}
