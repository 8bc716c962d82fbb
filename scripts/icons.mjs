// Renders icons/icon.svg to the PNG sizes the toolbar and the stores need. Run after editing the
// SVG (`npm run icons`) and commit the PNGs; a test checks they still match the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export const iconSizes = [16, 32, 48, 128];

/** @param {number} size */
export function renderIcon(size) {
  const svg = readFileSync(new URL('../icons/icon.svg', import.meta.url));
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of iconSizes) {
    writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), renderIcon(size));
  }
  console.log(`Wrote icons/icon-{${iconSizes.join(',')}}.png`);
}
