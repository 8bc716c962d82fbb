import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { iconSizes, renderIcon } from '../../scripts/icons.mjs';

const icon = (size: number) => readFileSync(resolve(import.meta.dirname, `../../icons/icon-${size}.png`));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('icons', () => {
  it('has a PNG of each size the stores and toolbar need', () => {
    for (const size of iconSizes) expect(pngSize(icon(size))).toEqual({ width: size, height: size });
  });

  it('PNGs are rendered from icon.svg as it is now (run npm run icons after editing it)', () => {
    for (const size of iconSizes) expect(renderIcon(size).equals(icon(size)), `icon-${size}.png`).toBe(true);
  });

  it('icon.svg is a plain SVG the renderer can read', () => {
    const svg = readFileSync(resolve(import.meta.dirname, '../../icons/icon.svg'));
    expect(new Resvg(svg).width).toBe(128);
  });
});
