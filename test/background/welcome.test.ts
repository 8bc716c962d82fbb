import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fire, startWorker } from '../helpers/worker';

const installed = (reason: 'install' | 'update' | 'browser_update') =>
  fire(fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: reason === 'update' ? '0.0.9' : undefined } as never));

beforeEach(startWorker);

describe('the welcome page', () => {
  it('opens once, in a new tab, on a first install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await installed('install');
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toEqual({ url: expect.stringMatching(/\/welcome\.html$/) as string });
  });

  it('does not open on an update of Kindly or of the browser, or when the worker restarts', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await installed('update');
    await installed('browser_update');
    await startWorker();
    expect(create).not.toHaveBeenCalled();
  });
});
