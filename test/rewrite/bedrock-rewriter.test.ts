// The Bedrock adapter against a mocked BedrockRuntimeClient: request shape, answer parsing,
// throttling retries, and what the pipeline gets when the model answers badly.
import { BedrockRuntimeClient, ConverseCommand, type ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BedrockItemRewriter, parseStringArray } from '../../functions/adapters/bedrock-rewriter';
import type { Summary } from '../../functions/core/model';
import { rewriteSummary } from '../../functions/core/rewrite';

const bedrock = mockClient(BedrockRuntimeClient);
beforeEach(() => bedrock.reset());

const MODEL = 'amazon.nova-micro-v1:0';
const section = {
  title: 'Alliances',
  items: [
    { text: 'Foreign and defence ministers met in Seoul on Tuesday for the first two-plus-two talks in five years.', sources: ['incoming/a.txt', 'incoming/b.html'] },
    { text: 'The ministers agreed to share missile-warning data in real time.', sources: ['incoming/a.txt'] },
  ],
};

const answer = (text: string, stopReason: ConverseCommandOutput['stopReason'] = 'end_turn'): ConverseCommandOutput => ({
  output: { message: { role: 'assistant', content: [{ text }] } },
  stopReason,
  usage: { inputTokens: 100, outputTokens: 30, totalTokens: 130 },
  metrics: { latencyMs: 400 },
  $metadata: {},
});
const awsError = (name: string) => Object.assign(new Error(`${name} happened`), { name, $metadata: { httpStatusCode: 400 } });

function rewriter(options: { warn?: (event: string, fields: Record<string, unknown>) => void } = {}) {
  const sleep = vi.fn(async (_ms: number) => undefined);
  const client = new BedrockRuntimeClient({ region: 'eu-west-1' });
  return { sleep, rewriter: new BedrockItemRewriter(client, { modelId: MODEL, maxWords: 40, sleep, ...options }) };
}

describe('BedrockItemRewriter', () => {
  it('sends one Converse request with the model id, temperature 0, a system prompt and the items as JSON', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves(answer('["Ministers held two-plus-two talks in Seoul.", "They will share missile-warning data."]'));
    // Act
    const out = await rewriter().rewriter.rewrite(section);
    // Assess
    expect(out).toEqual(['Ministers held two-plus-two talks in Seoul.', 'They will share missile-warning data.']);
    expect(bedrock).toHaveReceivedCommandTimes(ConverseCommand, 1);
    expect(bedrock).toHaveReceivedCommandWith(ConverseCommand, {
      modelId: MODEL,
      inferenceConfig: expect.objectContaining({ temperature: 0, maxTokens: expect.any(Number) }),
    });
    const input = bedrock.commandCalls(ConverseCommand)[0]!.args[0].input;
    expect(input.system![0]).toMatchObject({ text: expect.stringContaining('JSON array of strings') });
    expect(input.system![0]).toMatchObject({ text: expect.stringContaining('at most 40 words') });
    expect(input.messages).toHaveLength(1);
    expect(input.messages![0]!.role).toBe('user');
    const prompt = (input.messages![0]!.content![0] as { text: string }).text;
    for (const item of section.items) expect(prompt).toContain(JSON.stringify(item.text));
    expect(prompt).toContain('"Alliances"');
    expect(prompt).toContain('2 string(s)');
  });

  it('reads an array wrapped in a code fence or in prose', async () => {
    bedrock.on(ConverseCommand).resolves(answer('Here you go:\n```json\n["One.", "Two."]\n```'));
    expect(await rewriter().rewriter.rewrite(section)).toEqual(['One.', 'Two.']);
  });

  it('retries ThrottlingException with growing waits, then succeeds', async () => {
    bedrock
      .on(ConverseCommand)
      .rejectsOnce(awsError('ThrottlingException'))
      .rejectsOnce(awsError('ThrottlingException'))
      .resolves(answer('["One.", "Two."]'));
    const { rewriter: r, sleep } = rewriter();
    expect(await r.rewrite(section)).toEqual(['One.', 'Two.']);
    expect(bedrock).toHaveReceivedCommandTimes(ConverseCommand, 3);
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([1000, 2000]);
  });

  it('gives up after three retries of throttling and throws', async () => {
    bedrock.on(ConverseCommand).rejects(awsError('ThrottlingException'));
    const { rewriter: r, sleep } = rewriter();
    await expect(r.rewrite(section)).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(bedrock).toHaveReceivedCommandTimes(ConverseCommand, 4);
    expect(sleep).toHaveBeenCalledTimes(3);
  });

  it('throws any other error at once, without waiting', async () => {
    bedrock.on(ConverseCommand).rejects(awsError('AccessDeniedException'));
    const { rewriter: r, sleep } = rewriter();
    await expect(r.rewrite(section)).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(bedrock).toHaveReceivedCommandTimes(ConverseCommand, 1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('answers no sentences, and warns with the stop reason, when the answer is not a JSON array', async () => {
    bedrock.on(ConverseCommand).resolves(answer('["Ministers held two-plus-two talks in Seoul.", "They will', 'max_tokens'));
    const warn = vi.fn();
    expect(await rewriter({ warn }).rewriter.rewrite(section)).toEqual([]);
    expect(warn).toHaveBeenCalledWith('digest.rewrite-unreadable', expect.objectContaining({ section: 'Alliances', stopReason: 'max_tokens' }));
  });
});

describe('BedrockItemRewriter inside rewriteSummary', () => {
  const summary: Summary = {
    sections: [{ theme: 'alliances', title: 'Alliances', items: section.items.map((it, i) => ({ ...it, score: 1 - i / 10 })) }],
    themes: new Map(),
  };

  it('keeps the extractive digest, sources included, when the model answers malformed text', async () => {
    bedrock.on(ConverseCommand).resolves(answer('I cannot help with that.'));
    const onFallback = vi.fn();
    const out = await rewriteSummary(summary, rewriter().rewriter, { maxWords: 40, onFallback });
    expect(out).toEqual(summary);
    expect(onFallback).toHaveBeenCalledWith({ section: 'alliances', item: null, reason: 'expected 2 sentences, got 0' });
  });

  it('keeps the extractive text of a non-string element and rewrites the rest', async () => {
    bedrock.on(ConverseCommand).resolves(answer('["Ministers held two-plus-two talks in Seoul.", {"text": "nested"}]'));
    const out = await rewriteSummary(summary, rewriter().rewriter, { maxWords: 40 });
    expect(out.sections[0]!.items.map((it) => it.text)).toEqual(['Ministers held two-plus-two talks in Seoul.', section.items[1]!.text]);
    expect(out.sections[0]!.items.map((it) => it.sources)).toEqual(section.items.map((it) => it.sources));
  });
});

describe('parseStringArray', () => {
  it.each([
    ['["a", "b"]', ['a', 'b']],
    ['```\n["a"]\n```', ['a']],
    ['{"sentences": ["a", "b"]}', ['a', 'b']],
    ['Sure! ["a", 2, null]', ['a', '', '']],
    ['not json', null],
    ['', null],
    ['{"a": 1}', null],
    ['["unterminated', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseStringArray(input)).toEqual(expected);
  });
});
