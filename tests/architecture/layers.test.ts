import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cyclesOf, importGraph, ROOT } from './import-graph';

const LAYERS = ['model', 'sites', 'analysis', 'db', 'transfer', 'messaging'];

/** The layer-rule messages ESLint gives a file at `filePath` holding `code`. */
async function layerErrors(eslint: ESLint, filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports');
}

describe('lib/ layers, as the lint enforces them', () => {
  it('refuses an import of any higher layer, written relatively or through @/, and allows lower ones', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    for (const [i, lower] of LAYERS.entries()) {
      for (const [j, other] of LAYERS.entries()) {
        // Analysis reads only part of lib/sites: checked in the next test.
        if (i === j || (lower === 'analysis' && other === 'sites')) continue;
        const forms = [`../${other}/probe-target`, `@/lib/${other}/probe-target`];
        for (const specifier of forms) {
          const code = `import { x } from '${specifier}';\nexport const y = x;\n`;
          const errors = await layerErrors(eslint, `lib/${lower}/probe.ts`, code);
          expect([lower, specifier, errors.length > 0]).toEqual([lower, specifier, j > i]);
        }
      }
    }
    // From a subfolder, too.
    const deep = await layerErrors(
      eslint,
      'lib/sites/adapters/probe.ts',
      "import type { Analysis } from '../../analysis/types';\nexport type A = Analysis;\n",
    );
    expect(deep).toHaveLength(1);
  }, 60_000);

  it('lets analysis read exactly the platform identity data and the DOM-free shared modules of lib/sites', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const allowed: string[] = [];
    for (const file of [...importGraph(['lib/sites']).keys()].sort()) {
      const module = file.replace(/^lib\/sites\//, '').replace(/(?:\/index)?\.ts$/, '');
      for (const [from, specifier] of [
        ['lib/analysis/probe.ts', `../sites/${module}`],
        ['lib/analysis/probe.ts', `@/lib/sites/${module}`],
        ['lib/analysis/rules/probe.ts', `../../sites/${module}`],
      ]) {
        const code = `import * as m from '${specifier}';\nexport const n = m;\n`;
        if ((await layerErrors(eslint, from, code)).length === 0) allowed.push(specifier);
      }
    }
    // The same list tests/sites/identity.test.ts checks for DOM code.
    const expected = [
      'identity',
      'identity/board-slugs',
      'identity/boards',
      'identity/platforms',
      'identity/types',
    ]
      .concat(['job-posting-json', 'platform-identity', 'text-tags'])
      .flatMap((m) => [`../sites/${m}`, `@/lib/sites/${m}`, `../../sites/${m}`]);
    expect(allowed.sort()).toEqual(expected.sort());
  }, 60_000);
});

describe('imports', () => {
  it('form no cycle anywhere in lib/, components/, features/ and entrypoints/', () => {
    const graph = importGraph(['lib', 'components', 'features', 'entrypoints']);
    expect(graph.size).toBeGreaterThan(100);
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('are found when they do form one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts', 'd.ts']],
      ['e.ts', ['a.ts']],
    ]);
    expect(cyclesOf(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
  });
});
