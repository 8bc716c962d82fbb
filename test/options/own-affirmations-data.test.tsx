import { fakeBrowser } from '@webext-core/fake-browser';
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { buildExport, exportText } from '../../src/core/data-export';
import { YourDataSection } from '../../src/options/your-data-section';

/* Your data, with the person's own affirmations: the import preview names them, erase lists them. */
const rest = { 'affirmation.k3j9x0q2': { text: 'I am allowed to rest.', order: 1 } };
const broken = { 'affirmation.brokenone': { text: `I deserve kindness ${'and more '.repeat(20)}`, order: 2 }, 'affirmation.nowords01': 7 };

async function renderSection() {
  render(<YourDataSection />);
  await screen.findByRole('radio', { name: 'Across my browsers' });
}

function chooseFile(text: string) {
  const input = screen.getByLabelText<HTMLInputElement>('Choose a Kindly export file');
  fireEvent.change(input, { target: { files: [new File([text], 'kindly.json', { type: 'application/json' })] } });
}

describe('Your data: own affirmations', () => {
  it('the import preview counts them and names the ones it must leave out, then brings in the rest', async () => {
    await renderSection();
    chooseFile(exportText(buildExport({ sync: { ...rest, ...broken, 'appearance.theme': 'dark' }, local: {} }, Date.now())));
    await screen.findByRole('group', { name: 'Ready to import' });
    expect(screen.getByText('Your own affirmations to add: 1')).toBeTruthy();
    expect(screen.getByText(/can't come in: 2\. Kindly keeps up to 50.*These are left out and kept as a backup/)).toBeTruthy();
    expect(screen.getByText(/^"I deserve kindness and more/).textContent).toMatch(/…"$/);
    expect(screen.getByText("one Kindly can't read at all")).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported\./);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ ...rest, 'appearance.theme': 'dark' });
    expect((await fakeBrowser.storage.local.get(null)).preferencesBackup).toEqual([{ savedAt: expect.any(Number) as number, items: broken }]);
  });

  it('the preview says which of this device’s own affirmations an import removes', async () => {
    await fakeBrowser.storage.sync.set({ 'affirmation.k3j9x0q2': { text: 'Here only.', order: 1 }, 'affirmation.m4n5b6v7': { text: 'Older words.', order: 2 } });
    await renderSection();
    chooseFile(exportText(buildExport({ sync: { 'affirmation.m4n5b6v7': { text: 'Newer words.', order: 1 } }, local: {} }, Date.now())));
    await screen.findByRole('group', { name: 'Ready to import' });
    expect(screen.getByText('Your own affirmations that will change: 1')).toBeTruthy();
    expect(screen.getByText("Your own affirmations to remove, because the file doesn't have them: 1")).toBeTruthy();
    expect(screen.queryByText(/affirmations to add/)).toBeNull();
  });

  it('erasing says it removes them too', async () => {
    await renderSection();
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    expect(screen.getByText('your own affirmations')).toBeTruthy();
  });
});
