// Recipient addresses never appear in logs or keys: one hash for every spelling of an address.
import { createHash } from 'node:crypto';

/** SHA-256 of the trimmed, lower-cased address (40 hex chars): names ledger and suppression records. */
export const addressHash = (email: string): string => createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 40);

/** What log lines and error messages carry instead of an address: the start of its addressHash, so an operator can match a line to its ledger record. */
export const recipientTag = (email: string): string => addressHash(email).slice(0, 12);

const ADDRESS = /[^\s@<>()[\],;:"']+@[^\s@<>()[\],;:"']+/g;

/** Text from elsewhere (an SES error message names the failing identities) with each address replaced by its tag. */
export const redactAddresses = (text: string): string => text.replace(ADDRESS, (a) => `<address ${recipientTag(a)}>`);
