import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
let dir: string;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/analyze.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: r.status,
    lines: r.stdout.trim().split('\n').filter(Boolean),
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tasklens-cli-'));
  writeFileSync(
    join(dir, 'listing.txt'),
    'Compare two chatbot responses and pick the better one. Pay: $20–$25/hr.',
  );
  writeFileSync(
    join(dir, 'scam.json'),
    JSON.stringify({ title: 'AI Rater', text: 'Pay a $49 registration fee and get paid in USDT.' }),
  );
  writeFileSync(
    join(dir, 'page.html'),
    '<html><body><script>var a = "$1 fee"</script><h1>Annotator</h1><p>Draw bounding boxes. $0.50 per task.</p></body></html>',
  );
  writeFileSync(join(dir, 'broken.json'), '{"text": ');
  writeFileSync(join(dir, 'wrong-shape.json'), '{"title": 42}');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run analyze', () => {
  it('prints one JSON line per file and fails at the end when a file is broken', () => {
    const files = ['listing.txt', 'broken.json', 'scam.json', 'page.html', 'missing.txt', 'wrong-shape.json'];
    const r = run(...files.map((f) => join(dir, f)));
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(files.length);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual(files.map((f) => join(dir, f)));
    expect(Object.keys(out[0]).sort()).toEqual(
      ['file', 'goodSignals', 'pay', 'payBases', 'redFlags', 'risk', 'taskTypes'].sort(),
    );
    expect(out[0].taskTypes[0].id).toBe('preference_ranking');
    expect(out[0].pay[0]).toMatchObject({ min: 20, max: 25, currency: 'USD', unit: 'hour' });
    expect(out[1].error).toEqual(expect.any(String));
    expect(out[2].risk.level).toBe('high');
    expect(out[3].pay[0]).toMatchObject({ min: 0.5, unit: 'task' });
    expect(out[3].redFlags.map((f: { id: string }) => f.id)).not.toContain('upfront_fee');
    expect(out[4].error).toMatch(/ENOENT|no such file/);
    expect(out[5].error).toEqual(expect.any(String));
  });

  it('exits 0 when every file is analysed', () => {
    const r = run(join(dir, 'listing.txt'), join(dir, 'scam.json'));
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(2);
  });

  it('prints a readable summary with --pretty', () => {
    const r = run('--pretty', join(dir, 'scam.json'), join(dir, 'broken.json'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Risk: HIGH');
    expect(r.stdout).toContain('Asks you to pay first');
    expect(r.stdout).toContain('Error:');
  });

  it('explains usage without files', () => {
    const r = run();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage');
  });
});
