import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// Each component test starts from an empty document, and no snapshot or rotation in localStorage.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
