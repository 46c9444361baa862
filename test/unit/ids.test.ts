import { describe, expect, it } from 'vitest';
import { addressHash, digestIdOf, ID_HEX_LENGTH, objectKeyHash, recipientTag, rejectionIdOf, sha256Hex } from '../../functions/core/ids';
import { articleId } from '../../functions/core/ingest';

describe('the one id module', () => {
  it('gives every id as SHA-256 hex of its named length', () => {
    const ids: [string, number][] = [
      [articleId(['One sentence.', 'Two.']), ID_HEX_LENGTH.article],
      [digestIdOf(['a1', 'a2'], ['r1']), ID_HEX_LENGTH.digest],
      [rejectionIdOf('incoming/a.pdf', '0055AED6DCD90281E5'), ID_HEX_LENGTH.rejection],
      [objectKeyHash('incoming/a b.txt'), ID_HEX_LENGTH.objectKey],
      [addressHash('Ann@Example.com'), ID_HEX_LENGTH.address],
      [recipientTag('Ann@Example.com'), ID_HEX_LENGTH.recipientTag],
    ];
    for (const [id, length] of ids) expect(id).toMatch(new RegExp(`^[0-9a-f]{${length}}$`));
  });

  it('keeps the ids already stored: same inputs, same values as before the module', () => {
    // The digest id hashed the sorted "a:" then "r:" lines; the key index used 32 hex digits.
    expect(digestIdOf(['b', 'a'], ['r'])).toBe(sha256Hex('a:a\na:b\nr:r\n', 16));
    expect(rejectionIdOf('k', null)).toBe(sha256Hex('k\n', 24));
    expect(addressHash(' Ann@Example.COM ')).toBe(addressHash('ann@example.com'));
    expect(recipientTag('ann@example.com')).toBe(addressHash('ann@example.com').slice(0, 12));
  });
});
