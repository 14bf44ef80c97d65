import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readSteps } from '../../lib/sites/steps';

let window: Window | undefined;
afterEach(async () => {
  await window?.happyDOM.close();
  window = undefined;
});

function page(body: string): Document {
  window = new Window({ url: 'https://example.com/', settings: { disableJavaScriptEvaluation: true } });
  // A test's own markup, parsed with scripts off.
  // eslint-disable-next-line no-unsanitized/property
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

describe('readSteps', () => {
  it('reads the list items after a progress line, without their status words', () => {
    const doc = page(`
      <section><p>Step 1 of 3</p>
        <ol>
          <li><span>Profile</span><span>Completed</span></li>
          <li><span>Skills quiz</span><span>~10 min</span></li>
          <li><span>Identity check</span><span>Not started</span></li>
        </ol>
      </section>`);
    expect(readSteps(doc)).toEqual(['Profile', 'Skills quiz', 'Identity check']);
  });

  it('reads a progress line split into several text nodes', () => {
    const doc = page(
      `<div><p><span>2</span> of <span>2</span> steps done</p><div><b>Assessment</b></div><div><b>Contract</b></div></div>`,
    );
    expect(readSteps(doc)).toEqual(['Assessment', 'Contract']);
  });

  it('reads the list under an application-process heading', () => {
    const doc = page(
      `<h3>Application process</h3><ol><li>Apply online</li><li>Take the language test</li></ol>`,
    );
    expect(readSteps(doc)).toEqual(['Apply online', 'Take the language test']);
  });

  it('finds none in an ordinary job description', () => {
    const doc = page(
      `<h3>Responsibilities</h3><ul><li>Label images</li><li>Review answers</li></ul><p>Next steps will be shared by email.</p>`,
    );
    expect(readSteps(doc)).toEqual([]);
  });

  it('keeps at most twenty steps of at most two hundred characters each', () => {
    const items = Array.from({ length: 25 }, (_, i) => `<li>${'x'.repeat(300)}${i}</li>`).join('');
    const doc = page(`<h2>Onboarding steps</h2><ol>${items}</ol>`);
    const steps = readSteps(doc);
    expect(steps).toHaveLength(20);
    expect(steps.every((s) => s.length <= 200)).toBe(true);
  });
});
