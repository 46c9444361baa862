// Recipient addresses never appear in logs or keys: one hash for every spelling of an address.
// The hashes themselves (addressHash, recipientTag) live with every other id in ./ids.ts.
import { recipientTag } from './ids';

const ADDRESS = /[^\s@<>()[\],;:"']+@[^\s@<>()[\],;:"']+/g;

/** Text from elsewhere (an SES error message names the failing identities) with each address replaced by its tag. */
export const redactAddresses = (text: string): string => text.replace(ADDRESS, (a) => `<address ${recipientTag(a)}>`);
