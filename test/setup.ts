// aws-sdk-client-mock matchers (toHaveReceivedCommandWith, ...) registered once for every test
// file; importing the package's `extend` entry also brings their types into `expect`.
import 'aws-sdk-client-mock-vitest/extend';
import { afterAll } from 'vitest';
import { removeTempDirs } from './support/temp-dir';

// Folders made with tempDir() go when their test file ends.
afterAll(removeTempDirs);
