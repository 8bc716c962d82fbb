import { fakeBrowser } from '@webext-core/fake-browser';
import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoomNotice } from '../../src/reflections/room-notice';
import { bytesOf, enforceStorageQuotas, forgetStorageQuotas } from '../helpers/storage-quotas';

const day = (n: number) => `journal:2026-11-${String(n).padStart(2, '0')}`;
const entries = (count: number) => Array.from({ length: count }, (_, index) => ({ exercise: 'name-it', at: index, seconds: 60, finished: true, notes: { 'makes-sense': 'x'.repeat(80) } }));

/** A journal of `days` days, with storage.local's quota set so it takes `share` of it. */
async function journalTaking(share: number, days = 10) {
  const items = Object.fromEntries(Array.from({ length: days }, (_, index) => [day(index + 1), entries(20)]));
  await fakeBrowser.storage.local.set(items);
  enforceStorageQuotas({ local: { totalBytes: Math.round(bytesOf(items) / share) } });
}

afterEach(forgetStorageQuotas);

/** Once the notice has asked the browser and had its answer, and rendered what it makes of it. */
async function measured(asked?: ReturnType<typeof vi.fn>) {
  if (asked) await vi.waitFor(() => expect(asked).toHaveResolved());
  await act(async () => {
    await Promise.resolve();
  });
}

const countBytes = () => vi.spyOn(fakeBrowser.storage.local as unknown as { getBytesInUse(): Promise<number> }, 'getBytesInUse');

describe('Reflections: the history near the storage limit', () => {
  it('says nothing while there is plenty of room', async () => {
    await journalTaking(0.5);
    const asked = countBytes();
    const { container } = render(<RoomNotice />);
    await measured(asked);
    expect(container.textContent).toBe('');
  });

  it('from 80 % says so plainly, that nothing is removed by itself, and where to make room', async () => {
    await journalTaking(0.85);
    render(<RoomNotice />);
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toMatch(/using most of the room this device gives Kindly: [\d.]+ of [\d.]+ MB\. Nothing will be removed by itself\./);
    expect(notice.textContent).toMatch(/export your history/);
    expect(screen.getByRole('link', { name: 'Keep for, in Preferences' }).getAttribute('href')).toBe('options.html#history-heading');
  });

  it('when full, says new practices can’t be noted for now and that what is kept is safe', async () => {
    await journalTaking(0.99999);
    render(<RoomNotice />);
    expect((await screen.findByRole('status')).textContent).toMatch(/filled the room .*can't be noted for now\. Everything already kept is safe\./);
  });

  it('follows the history as it changes: days erased take the notice away', async () => {
    await journalTaking(0.85);
    render(<RoomNotice />);
    await screen.findByRole('status');
    await fakeBrowser.storage.local.remove([day(1), day(2), day(3), day(4), day(5)]);
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  it('shows nothing where the browser can’t count storage.local (Firefox)', async () => {
    await journalTaking(0.99999);
    delete (fakeBrowser.storage.local as { QUOTA_BYTES?: number }).QUOTA_BYTES;
    delete (fakeBrowser.storage.local as { getBytesInUse?: unknown }).getBytesInUse;
    const { container } = render(<RoomNotice />);
    await measured();
    expect(container.textContent).toBe('');
  });
});
