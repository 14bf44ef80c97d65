import { describe, expect, it } from 'vitest';
import { toRow } from '@/lib/db/log-rows';
import { funnel, rowsByPlatform } from '@/lib/db/log-stats';
import { summarise } from '@/lib/db/summaries';
import { sampleApplication } from '../transfer/sample';

const row = (key: string, platformId: string, stage: 'applied' | 'screening') =>
  toRow(summarise(sampleApplication(key, { platformId, stage })));

describe('log statistics', () => {
  it('groups applications by platform, keeping their order', () => {
    const rows = [
      row('a', 'outlier', 'applied'),
      row('b', 'appen', 'applied'),
      row('c', 'outlier', 'screening'),
    ];
    const groups = rowsByPlatform(rows);
    expect([...groups.keys()]).toEqual(['outlier', 'appen']);
    expect(groups.get('outlier')?.map((r) => r.id)).toEqual(['app-a', 'app-c']);
    expect(funnel(groups.get('outlier') ?? []).total).toBe(2);
  });
});
