import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExport, buildHistoryExport, exportText } from '../../src/core/data-export';
import { YourDataSection } from '../../src/options/your-data-section';
import { enforceStorageQuotas, forgetStorageQuotas } from '../helpers/storage-quotas';
import { settled } from '../helpers/worker';

const entry = { exercise: 'name-it', at: Date.UTC(2026, 2, 14, 10), seconds: 40, finished: true };
const pause = { at: Date.UTC(2026, 2, 14, 11), outcome: 'taken' };

const stored = async () => ({ sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) });

function chooseFile(text: string) {
  const input = screen.getByLabelText<HTMLInputElement>('Choose a Kindly export file');
  fireEvent.change(input, { target: { files: [new File([text], 'kindly.json', { type: 'application/json' })] } });
}

async function renderSection() {
  render(<YourDataSection />);
  await screen.findByRole('radio', { name: 'Across my browsers' });
}

describe('Your data: where preferences are kept', () => {
  it('syncs by default; choosing this device copies preferences here and leaves the synced copy', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    await renderSection();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Across my browsers' }).checked).toBe(true);
    expect(screen.getByText(/your other browsers keep what they have/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'On this device only' }));
    expect(await screen.findByText(/now kept on this device only/)).toBeTruthy();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'reminders.everyMinutes': 45, preferencesArea: 'local' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 45 });
  });
});

describe('Your data: export', () => {
  it('downloads one JSON file through an object URL, without any request', async () => {
    await fakeBrowser.storage.local.set({ 'journal:2026-03-14': [entry] });
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (blobs.push(blob), 'blob:kindly/1'), revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^kindly-\d{4}-\d{2}-\d{2}\.json$/);
      expect(this.href).toBe('blob:kindly/1');
    });
    await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(await screen.findByText(/is on its way to your downloads/)).toBeTruthy();
    expect(click).toHaveBeenCalledTimes(1);
    const file = JSON.parse(await blobs[0]!.text()) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'kindly-export', version: 1, journal: { '2026-03-14': [entry] } });
  });
});

describe('Your data: import', () => {
  afterEach(() => forgetStorageQuotas());

  it('names the problem with a file it can’t use, and changes nothing', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    const before = await stored();
    await renderSection();
    chooseFile('{ "format": "kindly-export", ');
    expect((await screen.findByRole('alert')).textContent).toBe("This file couldn't be read: it isn't a JSON file. Nothing was changed.");
    chooseFile(JSON.stringify({ ...buildExport({ sync: {}, local: {} }, Date.now()), journal: { '2026-03-14': [{ ...entry, at: 'noon' }] } }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/at journal › 2026-03-14 › item 1 › at\. Nothing was changed\./));
    chooseFile(JSON.stringify({ format: 'kindly-export', version: 3 }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/newer version of Kindly/));
    await settled();
    expect(await stored()).toEqual(before);
  });

  it('shows what will change, and applies it only on Import', async () => {
    await fakeBrowser.storage.local.set({ 'journal:2026-03-14': [entry] });
    const file = exportText(
      buildExport({ sync: { 'reminders.everyMinutes': 30, 'appearance.theme': 'dark' }, local: { 'journal:2026-03-14': [entry, { ...entry, at: entry.at + 1 }], 'pauseLog:2026-03-14': [pause] } }, Date.UTC(2026, 2, 14, 12)),
    );
    await renderSection();
    chooseFile(file);
    const heading = await screen.findByRole('heading', { name: 'Ready to import' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/This file was made on March 14, 2026/)).toBeTruthy();
    expect(screen.getByText('Preferences that will change: 2')).toBeTruthy();
    expect(screen.getByText('Journal entries to add: 1')).toBeTruthy();
    expect(screen.getByText('Pause-history entries to add: 1')).toBeTruthy();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported. Everything from the file is here now.')).toBeTruthy();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'reminders.everyMinutes': 30, 'appearance.theme': 'dark' });
    expect((await fakeBrowser.storage.local.get('journal:2026-03-14'))['journal:2026-03-14']).toEqual([entry, { ...entry, at: entry.at + 1 }]);
  });

  it('imports the reflections page’s export of the history alone, saying the preferences stay as they are', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    await renderSection();
    chooseFile(exportText(buildHistoryExport({ 'journal:2026-03-14': [entry], 'pauseLog:2026-03-14': [pause] }, Date.UTC(2026, 2, 14, 12))));
    await screen.findByRole('heading', { name: 'Ready to import' });
    expect(screen.getByText('This file holds your history alone: your preferences stay as they are.')).toBeTruthy();
    expect(screen.queryByText(/Preferences that will change/)).toBeNull();
    expect(screen.getByText('Journal entries to add: 1')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported. Everything from the file is here now.')).toBeTruthy();
    expect(await stored()).toEqual({ sync: { 'reminders.everyMinutes': 45 }, local: { 'journal:2026-03-14': [entry], 'pauseLog:2026-03-14': [pause] } });
  });

  it('names what a file brings that it leaves out', async () => {
    await renderSection();
    const text = JSON.stringify({ ...buildExport({ sync: {}, local: { 'journal:2026-03-14': [entry] } }, Date.now()), extra: true }).replace(
      '"exercise":"name-it"',
      '"constructor":{"prototype":{}},"exercise":"name-it"',
    );
    chooseFile(text);
    await screen.findByRole('group', { name: 'Ready to import' });
    expect(screen.getByText(/These parts of the file aren't anything Kindly keeps/)).toBeTruthy();
    expect(screen.getByText('journal › 2026-03-14 › item 1 › constructor')).toBeTruthy();
    expect(screen.getByText('extra')).toBeTruthy();
  });

  it('says before anything changes when a file needs more room than this device has, and offers no Import', async () => {
    enforceStorageQuotas({ local: { totalBytes: 5_000 } });
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 45 });
    const before = await stored();
    const notes = Array.from({ length: 10 }, (_, index) => ({ ...entry, at: entry.at + index, notes: { why: 'w'.repeat(1_000) } }));
    await renderSection();
    chooseFile(JSON.stringify({ ...buildExport({ sync: { 'reminders.everyMinutes': 90 }, local: {} }, Date.now()), journal: { '2026-03-14': notes } }));
    await screen.findByRole('group', { name: 'Ready to import' });
    expect(screen.getByRole('alert').textContent).toMatch(/^There isn't room for this file on this device: it needs about 1\d kB more, and 4\.\d kB is free\. Nothing was changed\.$/);
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    await settled();
    expect(await stored()).toEqual(before);
  });

  it('Cancel leaves everything as it was', async () => {
    await renderSection();
    chooseFile(exportText(buildExport({ sync: { 'reminders.everyMinutes': 30 }, local: {} }, Date.now())));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Ready to import' })).toBeNull();
    // An import, once started, counts from its first read: settled() would wait for its writes.
    await settled();
    expect(await stored()).toEqual({ sync: {}, local: {} });
  });
});

describe('Your data: erase', () => {
  it('names what will be deleted and deletes nothing until asked twice', async () => {
    await fakeBrowser.storage.sync.set({ 'reminders.everyMinutes': 30, lastPauseAt: 5 });
    await fakeBrowser.storage.local.set({ 'journal:2026-03-14': [entry], 'pauseLog:2026-03-14': [pause], schedule: { rhythmFrom: 1 } });
    const before = await stored();
    await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    const confirmation = screen.getByRole('group', { name: 'Erase everything?' });
    expect(confirmation.textContent).toMatch(/your preferences, here and in your browser's sync.*your journal.*your pause history.*the reminder schedule/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep my data' })));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(screen.queryByRole('group', { name: 'Erase everything?' })).toBeNull();
    await settled();
    expect(await stored()).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    expect(await screen.findByText(/Everything is erased/)).toBeTruthy();
    expect(await stored()).toEqual({ sync: {}, local: {} });
  });
});
