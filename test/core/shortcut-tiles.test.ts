// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHORTCUT_TILES_MAX, shortcutTiles } from '../../src/core/shortcut-tiles';

describe('shortcutTiles', () => {
  it('makes a tile of each web page, named as the browser has it or by its host, lettered as it is named', () => {
    expect(
      shortcutTiles([
        { url: 'https://www.example.org/news', title: '  Example\n News ' },
        { url: 'http://192.168.1.1/', title: '' },
        { url: 'https://user:secret@mail.example.com:8443/inbox' },
        { url: 'https://éclair.example/', title: 'Éclair' },
        { url: 'https://chromewebstore.google.com/', title: '“Web Store”' },
        { url: 'https://example.com/', title: '★ ★' },
      ]),
    ).toEqual([
      { url: 'https://www.example.org/news', label: 'Example News', letter: 'E' },
      { url: 'http://192.168.1.1/', label: '192.168.1.1', letter: '1' },
      { url: 'https://user:secret@mail.example.com:8443/inbox', label: 'mail.example.com', letter: 'M' },
      { url: 'https://éclair.example/', label: 'Éclair', letter: 'É' },
      { url: 'https://chromewebstore.google.com/', label: '“Web Store”', letter: 'W' },
      { url: 'https://example.com/', label: '★ ★', letter: 'E' },
    ]);
  });

  it('leaves out browser and extension pages, scripts and files, and anything without a web address', () => {
    const tiles = shortcutTiles([
      { url: 'chrome://settings/' },
      { url: 'about:preferences' },
      { url: 'moz-extension://abc/options.html' },
      { url: 'chrome-extension://abc/options.html' },
      { url: 'javascript:alert(1)' },
      { url: 'file:///home/me/notes.txt' },
      { url: 'https://' },
      { title: 'no address' },
      { url: 42 },
    ]);
    expect(tiles).toEqual([]);
  });

  it('shows each address once, and no more tiles than the row holds', () => {
    const sites = Array.from({ length: 20 }, (_, index) => ({ url: `https://site${index % 12}.example/`, title: `Site ${index}` }));
    const tiles = shortcutTiles(sites);
    expect(tiles).toHaveLength(SHORTCUT_TILES_MAX);
    expect(new Set(tiles.map(({ url }) => url)).size).toBe(SHORTCUT_TILES_MAX);
  });

  it('whatever the browser hands over: at most a row, only http(s) links, each once, one capital letter or digit, a label of bounded length', () => {
    const site = fc.record(
      {
        url: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.constant('chrome://newtab/')),
        title: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(site, { maxLength: 30 }), (sites) => {
        const tiles = shortcutTiles(sites);
        expect(tiles.length).toBeLessThanOrEqual(SHORTCUT_TILES_MAX);
        expect(new Set(tiles.map(({ url }) => url)).size).toBe(tiles.length);
        for (const tile of tiles) {
          expect(tile.url).toMatch(/^https?:\/\//i);
          expect([...tile.letter]).toHaveLength(1);
          expect(tile.letter).toBe(tile.letter.toUpperCase());
          expect(tile.label.trim().length).toBeGreaterThan(0);
          expect(tile.label.length).toBeLessThanOrEqual(60);
        }
      }),
    );
  });
});
