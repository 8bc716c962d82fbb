import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { sendToWorker } from '../../src/platform/messages';
import { savePreferences } from '../../src/platform/preferences-store';
import { useRealSyncTimings } from '../setup/sync-writes';

// The page's writer waits for a quiet moment, as it does for real: a change made just before a
// message is still waiting in it when the message goes.
useRealSyncTimings();

describe('a message to the worker', () => {
  it('goes after the changes the page made a moment ago are stored, so the worker reads them', async () => {
    const written = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const saved = savePreferences({ 'reminders.style': 'window' });
    await sendToWorker({ kind: 'test-reminder' });
    expect(written).toHaveBeenCalledWith(expect.objectContaining({ 'reminders.style': 'window' }));
    expect(written.mock.invocationCallOrder[0]).toBeLessThan(sent.mock.invocationCallOrder[0]!);
    await saved;
  });
});
