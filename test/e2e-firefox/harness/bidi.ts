import WebSocket from 'ws';

interface Response {
  id: number;
  type: 'success' | 'error';
  result?: unknown;
  error?: string;
  message?: string;
}

interface Event {
  type: 'event';
  method: string;
  params: unknown;
}

/** A WebDriver BiDi connection: commands with a bounded wait, and event listeners. */
export interface Bidi {
  send<T = unknown>(method: string, params?: object, timeoutMs?: number): Promise<T>;
  on(method: string, listener: (params: unknown) => void): void;
  close(): void;
}

export async function connectBidi(url: string, { timeoutMs = 10_000 } = {}): Promise<Bidi> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error(`No WebDriver BiDi connection to ${url} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('open', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });

  let nextId = 0;
  const pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();
  const listeners = new Map<string, ((params: unknown) => void)[]>();
  socket.on('message', (data: WebSocket.RawData) => {
    // BiDi sends JSON text frames, which ws hands over as one Buffer (its default binaryType).
    if (!Buffer.isBuffer(data)) return;
    const message = JSON.parse(data.toString('utf8')) as Response | Event;
    if (message.type === 'event') {
      for (const listener of listeners.get(message.method) ?? []) listener(message.params);
      return;
    }
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'success') waiter.resolve(message.result);
    else waiter.reject(new Error(`${message.error ?? 'error'}: ${message.message ?? ''}`));
  });
  socket.on('close', () => {
    for (const waiter of pending.values()) waiter.reject(new Error('WebDriver BiDi connection closed'));
    pending.clear();
  });
  // Errors also close the socket, which fails whatever is still waiting.
  socket.on('error', () => undefined);

  return {
    send<T>(method: string, params: object = {}, timeoutMs = 20_000): Promise<T> {
      const id = ++nextId;
      if (socket.readyState !== WebSocket.OPEN) return Promise.reject(new Error(`WebDriver BiDi ${method}: the connection is closed`));
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`WebDriver BiDi ${method} got no answer within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (result) => {
            clearTimeout(timer);
            resolve(result as T);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(new Error(`WebDriver BiDi ${method}: ${error.message}`));
          },
        });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    close() {
      socket.terminate();
    },
  };
}
