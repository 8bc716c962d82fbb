import { expect, test } from './harness/fixtures';

// Every other e2e test asserts that no request left the extension; this shows that assertion
// would see one, from a page (fetch and image) and from the worker, in a browser shared the
// way theirs is.
test('the no-network guard sees requests from pages and the worker', async ({ chromium }) => {
  const session = await chromium.install();
  try {
    const page = await session.openPage('popup.html');
    await page.evaluate(async () => {
      await fetch('https://example.com/from-page').catch(() => undefined);
      const image = new Image();
      const loaded = new Promise((resolve) => (image.onerror = resolve));
      image.src = 'https://example.com/from-image.png';
      await loaded;
    });
    const worker = await session.worker();
    await worker.evaluate(() => fetch('https://example.com/from-worker').catch(() => undefined));
    expect(session.outsideRequests).toEqual(
      expect.arrayContaining(['https://example.com/from-page', 'https://example.com/from-image.png', 'https://example.com/from-worker']),
    );
  } finally {
    await session.close();
  }
});
