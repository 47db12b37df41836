import { cleanup } from '@testing-library/react';

// Each test starts with empty storage (consent, demo identity, 长辈模式) and no leftover DOM.
beforeEach(() => {
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});
