// Stands in for webextension-polyfill when the bench runs the worker in Node.
import { fakeBrowser } from '@webext-core/fake-browser';

export default fakeBrowser;
