// aws-sdk-client-mock matchers (toHaveReceivedCommandWith, ...) registered once for every test file.
import { expect } from 'vitest';
import { allCustomMatcher } from 'aws-sdk-client-mock-vitest';

expect.extend(allCustomMatcher);
