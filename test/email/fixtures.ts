// DigestView fixtures for the email tests. Invented stories: no seed article text here.
import type { DigestView } from '../../functions/core/model';

type Section = DigestView['sections'][number];
type Article = DigestView['articles'][number];

const coastal = { name: 'Coastal Herald', url: 'https://coastal-herald.example/news/port-expansion' };
const wire = { name: 'Northern Wire', url: 'https://northern-wire.example/2025/03/04/port-vote' };
const radio = { name: 'Bay Radio', url: null };

/** A small, realistic digest: three themed sections, five articles, one rejected file. */
export function smallDigestView(): DigestView {
  return {
    digestName: 'Harbour Desk Brief',
    subject: 'Harbour Desk Brief — 3–7 March 2025',
    preheader: 'Port expansion vote, a budget gap at City Hall and the storm season outlook.',
    dateRange: { from: '2025-03-03', to: '2025-03-07T18:30:00Z' },
    articleCount: 5,
    sections: [
      {
        id: 'economy',
        title: 'Economy and trade',
        items: [
          {
            text: 'The port authority approved a €240 million expansion of the container terminal, adding two deep-water berths by 2028.',
            sources: [coastal, wire, radio],
          },
          {
            text: 'Fishing cooperatives said fuel costs rose 18% since January and asked the regional council for a temporary rebate.',
            sources: [wire],
          },
        ],
      },
      {
        id: 'politics',
        title: 'City Hall',
        items: [
          {
            text: 'The council found a 12 million gap in next year’s budget and will hold two public hearings before cutting services.',
            sources: [radio, coastal],
          },
        ],
      },
      {
        id: 'environment',
        title: 'Weather and environment',
        items: [
          {
            text: 'Forecasters expect an above-average storm season and urged harbour businesses to review their flood plans before June.',
            sources: [{ name: 'Met Office Bulletin', url: 'https://weather.example/bulletins/2025-spring' }],
          },
          {
            text: 'Volunteers removed 3.4 tonnes of plastic from the north beach during the weekend clean-up, the largest haul since 2019.',
            sources: [coastal],
          },
        ],
      },
    ],
    articles: [
      { title: 'Port board backs terminal expansion', source: 'Coastal Herald', publishedAt: '2025-03-03', url: coastal.url },
      { title: 'Councillors split over port vote', source: 'Northern Wire', publishedAt: '2025-03-04T09:15:00Z', url: wire.url },
      { title: 'Budget gap forces hearings', source: 'Bay Radio', publishedAt: '2025-03-05', url: null },
      { title: 'Storm season outlook', source: 'Met Office Bulletin', publishedAt: '2025-03-06', url: 'https://weather.example/bulletins/2025-spring' },
      { title: 'Record haul at beach clean-up', source: null, publishedAt: '2025-03-07', url: 'https://coastal-herald.example/community/clean-up' },
    ],
    rejected: [{ name: 'scan-0042.pdf', reason: 'PDF files are not supported; send text, Markdown, HTML or JSON.' }],
    footer: {
      reason: 'You receive this digest because your newsroom subscribed you to Harbour Desk Brief.',
      sender: 'Harbour Desk · 1 Quay Street, Portsmouth',
    },
  };
}

/** A digest with `count` articles spread over `sectionCount` sections of at most `itemsPerSection` items. */
export function generatedDigestView(count: number, sectionCount = 6, itemsPerSection = 5): DigestView {
  const articles: Article[] = Array.from({ length: count }, (_, i) => ({
    title: `Generated article number ${i + 1} about harbour logistics, council budgets and coastal weather`,
    source: `Source ${(i % 17) + 1}`,
    publishedAt: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
    url: `https://news.example/articles/${i + 1}/harbour-logistics-council-budgets-coastal-weather`,
  }));
  const sections: Section[] = Array.from({ length: sectionCount }, (_, s) => ({
    id: `theme-${s + 1}`,
    title: `Theme ${s + 1}`,
    items: Array.from({ length: Math.min(itemsPerSection, count) }, (_, k) => {
      const a = articles[(s * itemsPerSection + k) % Math.max(count, 1)];
      return {
        text: `Item ${k + 1} of theme ${s + 1}: a sentence of about forty words that stands in for an extractive summary, long enough to wrap over several lines in both the HTML and the plain-text part of the digest email.`,
        sources: a ? [{ name: a.source ?? 'Unknown', url: a.url }, { name: 'Source 99', url: null }] : [],
      };
    }),
  }));
  return {
    digestName: 'Load Test Digest',
    subject: `Load Test Digest — ${count} articles`,
    preheader: `${count} articles in ${sectionCount} themes`,
    dateRange: { from: '2025-03-01', to: '2025-03-28' },
    articleCount: count,
    sections,
    articles,
    rejected: [],
    footer: { reason: 'You receive this digest because you asked for it.', sender: 'Load Test Desk' },
  };
}

/** The small digest with words no phone screen can fit on a line: a long name, URL, title and source. */
export function longWordsDigestView(): DigestView {
  const base = smallDigestView();
  const url = `https://news.example/${'averyverylongpathsegment'.repeat(6)}`;
  return {
    ...base,
    digestName: 'Supercalifragilisticexpialidociousharbourdeskbrief',
    sections: [
      {
        ...base.sections[0]!,
        items: [{ text: `Read ${url} for the full decision.`, sources: [{ name: `Source${'x'.repeat(60)}`, url }] }],
      },
    ],
    articles: [{ title: `T${'y'.repeat(80)}`, source: 'z'.repeat(70), publishedAt: null, url }],
  };
}
