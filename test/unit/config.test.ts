// Config is validated once, and every problem names the key that holds it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES, DEFAULT_TOPIC_TERMS, DEFLATED_CONFIG_PREFIX, deliverSettingsOf, encodeRuntimeConfig, parseAppConfig, parseRuntimeConfig, toRuntimeConfig } from '../../config/schema';

const valid = { sender: 'news@example.com', recipients: ['a@example.com'] };

describe('parseAppConfig', () => {
  it('fills documented defaults', () => {
    const c = parseAppConfig(valid);
    expect(c).toMatchObject({ quietPeriodSeconds: 60, maxItemsPerSection: 5, maxWordsPerItem: 80, maxArticleBytes: 2 * 1024 * 1024, otherNews: false });
    expect(c.themes.map((t) => t.title)).toEqual(['Alliances', 'The North Korea review', "Pyongyang's responses"]);
  });

  it('names the default themes\' story as topic terms, and only for the default themes', () => {
    expect(parseAppConfig(valid).topicTerms).toEqual(DEFAULT_TOPIC_TERMS);
    expect(DEFAULT_TOPIC_TERMS).toEqual(expect.arrayContaining(['korea', 'pyongyang']));
    // A user's own themes describe another story: the peninsula's names would set all of it aside.
    const own = [{ id: 'fires', title: 'Fires', terms: { wildfire: 2 } }];
    expect(parseAppConfig({ ...valid, themes: own }).topicTerms).toBeUndefined();
    expect(parseAppConfig({ ...valid, topicTerms: ['red sea'] }).topicTerms).toEqual(['red sea']);
    // An empty list turns the gate off.
    const off = toRuntimeConfig(parseAppConfig({ ...valid, topicTerms: [] }));
    expect(deliverSettingsOf(off)).not.toHaveProperty('topicTerms');
  });

  it.each([
    [{ recipients: ['a@example.com'] }, 'digest.sender: is required'],
    [{ ...valid, sender: 'nobody' }, 'digest.sender: must be an email address'],
    [{ ...valid, recipients: ['a@example.com', 'oops'] }, 'digest.recipients.1: must be an email address'],
    [{ ...valid, recipients: [] }, 'digest.recipients: needs at least one address'],
    [{ ...valid, quietPeriodSeconds: -1 }, 'digest.quietPeriodSeconds'],
    [{ ...valid, schedule: '0 7 * * *' }, 'digest.schedule: must look like cron('],
    [{ ...valid, themes: [{ id: 'Bad Id', title: 'x', terms: { a: 1 } }] }, 'digest.themes.0.id'],
    [{ ...valid, themes: [{ id: 'a', title: 'A', terms: {} }] }, 'digest.themes.0.terms: needs at least one term'],
    [{ ...valid, themes: [...DEFAULT_THEMES, DEFAULT_THEMES[0]] }, 'digest.themes: theme ids must be unique'],
    [{ ...valid, recipient: 'typo@example.com' }, 'Unrecognized key: "recipient"'],
    [{ ...valid, topicTerms: ['red sea', '  '] }, 'digest.topicTerms.1: must not be empty'],
    [{ ...valid, topicTerms: 'red sea' }, 'digest.topicTerms'],
  ])('rejects %j with a message naming the key', (raw, message) => {
    expect(() => parseAppConfig(raw)).toThrow(message);
  });

  it('round-trips the runtime part through DIGEST_CONFIG', () => {
    const runtime = toRuntimeConfig(parseAppConfig({ ...valid, retentionDays: 30, alarmEmail: 'ops@example.com', topicTerms: ['red sea'] }));
    expect(runtime.topicTerms).toEqual(['red sea']);
    expect(runtime).not.toHaveProperty('alarmEmail');
    expect(parseRuntimeConfig(JSON.stringify(runtime))).toEqual(runtime);
    expect(() => parseRuntimeConfig('{nope')).toThrow('DIGEST_CONFIG is not valid JSON');
    expect(() => parseRuntimeConfig(undefined)).toThrow('DIGEST_CONFIG is not set');
  });

  it('round-trips the runtime part deflated, in well under its plain size', () => {
    const runtime = toRuntimeConfig(parseAppConfig({ ...valid, topicTerms: ['north korea'] }));
    const encoded = encodeRuntimeConfig(runtime);
    expect(encoded.startsWith(DEFLATED_CONFIG_PREFIX)).toBe(true);
    expect(parseRuntimeConfig(encoded)).toEqual(runtime);
    // The default themes are most of the config; deflated, the whole takes under two thirds of its JSON.
    expect(encoded.length).toBeLessThan((2 / 3) * JSON.stringify(runtime).length);
    expect(encodeRuntimeConfig(runtime)).toBe(encoded);
    expect(() => parseRuntimeConfig(`${DEFLATED_CONFIG_PREFIX}not base64 deflate`)).toThrow('DIGEST_CONFIG is not valid deflated JSON');
  });
});
