// Test setup: a clean IPC mock after every test.
import { afterEach } from 'vitest';
import { clearCommandMocks } from '../lib/ipc/testing';

afterEach(() => {
  clearCommandMocks();
});
