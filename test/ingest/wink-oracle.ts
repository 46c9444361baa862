// wink-nlp's sentence boundary detector, used only by tests as an independent oracle for the
// shipped rule-based splitter (its 3.5 MB model is too heavy for the article Lambda bundle).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlp: ReturnType<typeof winkNLP> | null = null;

export function winkSentences(text: string): string[] {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp.readDoc(text.replace(/\s+/g, ' ').trim()).sentences().out().map((s) => s.trim()).filter(Boolean);
}
