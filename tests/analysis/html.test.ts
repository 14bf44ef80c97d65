import { describe, expect, it } from 'vitest';
import { analyzeListing } from '../../lib/analysis/analyze';
import { extractHtml } from '../../lib/analysis/html-text';
import { readJobPostingJson } from '../../lib/analysis/job-posting';
import { Analysis } from '../../lib/analysis/types';

const PAGE = `<!doctype html><html><head><title>Data Annotator – Acme</title>
<style>.pay { content: "$999 per hour"; }</style>
<script>window.fake = "Pay a $50 registration fee";</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Appen"},
{"@type":"JobPosting","title":"Data Annotator","hiringOrganization":{"@type":"Organization","name":"Appen"},
"description":"&lt;p&gt;Label images with bounding boxes.&lt;/p&gt;","baseSalary":{"@type":"MonetaryAmount","currency":"USD",
"value":{"@type":"QuantitativeValue","minValue":15,"maxValue":18,"unitText":"HOUR"}}}]}</script></head>
<body><nav>Home</nav><!-- $1000 per hour --><h1>Data Annotator</h1><p>Label images &amp; draw bounding boxes &lt;fast&gt;.</p>
<ul><li>Pay: $15&ndash;18 per hour</li></ul></body></html>`;

describe('HTML input', () => {
  it('drops scripts, styles and comments and decodes entities', () => {
    const { text, title, jsonLd } = extractHtml(PAGE);
    expect(text).not.toMatch(/999|registration fee|1000/);
    expect(text).toContain('Label images & draw bounding boxes <fast>.');
    expect(text).toContain('Pay: $15–18 per hour');
    expect(title).toBe('Data Annotator – Acme');
    expect(jsonLd).toHaveLength(1);
  });

  it('reads a JobPosting from JSON-LD, including inside @graph', () => {
    const job = readJobPostingJson(extractHtml(PAGE).jsonLd);
    expect(job).toMatchObject({ title: 'Data Annotator', company: 'Appen', pay: 'Pay: USD 15–18 per hour' });
    expect(job?.description).toBe('Label images with bounding boxes.');
    expect(readJobPostingJson(['{not json', '{"@type":"Person"}'])).toBeNull();
  });

  it('analyses html when no text is given, with evidence into analysedText', () => {
    const a = analyzeListing({ text: '', html: PAGE });
    expect(Analysis.safeParse(a).success).toBe(true);
    expect(a.analysedText).toBeDefined();
    expect(a.taskTypes.map((t) => t.id)).toContain('annotation_labeling');
    expect(a.pay[0]).toMatchObject({ min: 15, max: 18, currency: 'USD', unit: 'hour' });
    expect(a.redFlags.map((f) => f.id)).not.toContain('upfront_fee');
    for (const p of a.pay) {
      const source = p.evidence.field === 'text' ? a.analysedText! : 'Data Annotator';
      expect(source.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.snippet);
    }
  });

  it('falls back to page text without JSON-LD and survives broken markup', () => {
    const a = analyzeListing({
      text: '',
      html: '<div>Transcribe audio clips, $12 per audio hour<p>unclosed <b>tags <',
    });
    expect(a.pay[0]).toMatchObject({ min: 12, unit: 'audio_hour' });
    expect(extractHtml('a < b and c > d').text).toBe('a < b and c > d');
    expect(extractHtml('<script>never closed').text).toBe('');
  });

  it('prefers given text over html', () => {
    const a = analyzeListing({ text: 'Rank two chatbot answers.', html: PAGE });
    expect(a.analysedText).toBeUndefined();
    expect(a.pay).toEqual([]);
  });
});
