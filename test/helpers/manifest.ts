/** The parts of a built manifest.json the tests read. */
export interface BuiltManifest {
  version: string;
  permissions: string[];
  icons: Record<string, string>;
  action: { default_popup: string; default_icon: Record<string, string> };
  options_ui: { page: string };
  chrome_url_overrides: { newtab: string };
  background: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko: Record<string, unknown> };
  [key: string]: unknown;
}
