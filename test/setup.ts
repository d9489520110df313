// Run before each test file: the temporary folders its tests made are removed once they are done.
import { afterAll } from 'vitest';
import { removeTemporaryFolders } from './helpers.js';

afterAll(removeTemporaryFolders);
