// The one manifest.json is the source; each browser gets the part of it that it understands, so
// neither shows warnings about keys meant for the other.

/**
 * @param {Record<string, any>} source  manifest.json as written
 * @param {'chrome' | 'firefox'} target
 * @param {string} version  from package.json, the only place it is written
 * @returns {Record<string, any>}
 */
export function deriveManifest(source, target, version) {
  const { browser_specific_settings, minimum_chrome_version, background, ...common } = structuredClone(source);
  if (target === 'chrome') {
    return { ...common, version, minimum_chrome_version, background: { service_worker: background.service_worker } };
  }
  // Firefox runs MV3 backgrounds as event pages: `background.scripts`, not `service_worker`.
  return { ...common, version, background: { scripts: [background.service_worker] }, browser_specific_settings };
}
