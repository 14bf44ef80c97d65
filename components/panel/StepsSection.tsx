import type { Listing } from '@/lib/model/listing';

/**
 * The platform's own steps to get in (resume, interview, assessment…), in the page's words, so the
 * user sees what the application will ask of them before starting it.
 */
export function StepsSection({ steps }: { steps: Listing['steps'] }) {
  if (!steps?.length) return null;
  return (
    <section aria-labelledby="steps-heading" data-testid="steps">
      <h2 id="steps-heading">Steps to get in</h2>
      <ol className="steps">
        {steps.map((step, i) => (
          <li key={i} data-testid="step">
            {step}
          </li>
        ))}
      </ol>
    </section>
  );
}
