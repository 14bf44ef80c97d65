import { fraudModelText } from '../../lib/analysis/analyze';
import type { FraudExample } from '../../lib/analysis/fraud-model/example';
import type { RealItem } from './load';

/** Listing sources that are messages sent to a person rather than pages or ads. */
const MESSAGE_SOURCES = new Set(['message', 'email', 'sms']);

/** What kind of text an item is, for reporting where the model does well or badly. */
export function textKind(item: RealItem): 'emscad ad' | 'message' | 'listing page' {
  if (item.set === 'emscad') return 'emscad ad';
  return MESSAGE_SOURCES.has(item.source) ? 'message' : 'listing page';
}

export interface FraudExamples {
  examples: FraudExample[];
  /** Listings labelled `caution`: warning signs, not confirmed fraud; neither class, so not trained on. */
  caution: RealItem[];
}

/**
 * Fraud examples from real items: EMSCAD's own label; for listings `high` is fraud, `low` genuine.
 * `caution` items are held back: calling them genuine would teach the model to ignore the warning
 * signs they carry, calling them fraud would overstate them.
 */
export function toFraudExamples(items: readonly RealItem[]): FraudExamples {
  const examples: FraudExample[] = [];
  const caution: RealItem[] = [];
  for (const item of items) {
    const base = {
      id: item.id,
      // Cleaned as the analysis cleans it before the model reads it.
      ...fraudModelText(item.title, item.text),
      set: item.set,
      groupKeys: item.groupKeys,
    };
    if (item.set === 'emscad') examples.push({ ...base, fraud: item.labels.fraudulent });
    else if (item.labels.risk === 'caution') caution.push(item);
    else examples.push({ ...base, fraud: item.labels.risk === 'high' });
  }
  return { examples, caution };
}
