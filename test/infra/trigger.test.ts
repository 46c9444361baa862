// Intent of the synthesized stack: the one prefix-only S3 trigger rule and what it starts.
// Asset bundling is skipped here (see bundle.test.ts for the one test that bundles).
import { describe, expect, it } from 'vitest';
import { INCOMING_PREFIX, WRITTEN_PREFIXES } from '../../config/layout';
import { baseConfig, synthesized } from './stack-fixture';
import { grantsOf, logicalId, type Json } from './stack-queries';

describe('the digest pipeline stack (default config)', () => {
  const synth = synthesized(baseConfig({ retentionDays: 45 }));

  describe('trigger', () => {
    const notificationFilters = () => {
      const [notifications] = Object.values(synth.built.template.findResources('Custom::S3BucketNotifications')) as Json[];
      return notifications.Properties.NotificationConfiguration.LambdaFunctionConfigurations as Json[];
    };

    it('invokes ingest-article on ObjectCreated under incoming/ with one prefix-only rule (every suffix, any case)', () => {
      const configs = notificationFilters();
      const ingestId = logicalId(synth.built.stack, synth.built.stack.ingestArticle);
      // One rule: an unsupported (.pdf) or upper-case (.TXT) suffix still reaches the function and
      // ends as an article or a rejection record; a supported suffix invokes it once.
      expect(configs).toHaveLength(1);
      const [c] = configs;
      expect(c.Events).toEqual(['s3:ObjectCreated:*']);
      expect(c.LambdaFunctionArn).toEqual({ 'Fn::GetAtt': [ingestId, 'Arn'] });
      expect(c.Filter.Key.FilterRules).toEqual([{ Name: 'prefix', Value: INCOMING_PREFIX }]);
    });

    it('cannot be set off by anything the pipeline writes', () => {
      expect(INCOMING_PREFIX).toBe('incoming/');
      for (const prefix of WRITTEN_PREFIXES) {
        expect(prefix.startsWith(INCOMING_PREFIX), prefix).toBe(false);
        expect(INCOMING_PREFIX.startsWith(prefix), prefix).toBe(false);
      }
      // Every synthesized filter listens under incoming/ only...
      for (const c of notificationFilters()) {
        const prefixes = c.Filter.Key.FilterRules.filter((r: Json) => r.Name === 'prefix').map((r: Json) => r.Value);
        expect(prefixes).toEqual([INCOMING_PREFIX]);
      }
      // ...and no function may put an object there.
      for (const fn of [synth.built.stack.ingestArticle, synth.built.stack.sendDigest, synth.built.stack.unsubscribe]) {
        const put = grantsOf(synth.built, fn).get('s3:PutObject');
        for (const resource of put?.resources ?? []) {
          expect(resource.startsWith(`bucket/${INCOMING_PREFIX}`), `${fn.node.id} may write ${resource}`).toBe(false);
          expect(resource).not.toBe('bucket/*');
        }
      }
    });
  });
});
