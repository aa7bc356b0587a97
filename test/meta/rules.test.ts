import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../shared/rule';
import { type DomainInventory, inventoryProblems } from './rule-inventory';

const root = join(import.meta.dirname, '../..');

const ruleDomains = readdirSync(join(root, 'shared'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, 'shared', entry.name, 'rules/index.ts')))
  .map((entry) => entry.name);

const listTs = (folder: string, suffix: string) =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(suffix)) : [];

async function inventoryOf(domain: string): Promise<DomainInventory> {
  const registry: { rules: readonly Rule<unknown>[] } = await import(`../../shared/${domain}/rules/index.ts`);
  return {
    domain,
    ruleFiles: listTs(join(root, 'shared', domain, 'rules'), '.ts')
      .filter((name) => name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, '')),
    registry: [...registry.rules],
    testFiles: listTs(join(root, 'test', domain, 'rules'), '.test.ts'),
  };
}

describe('rule inventory', () => {
  it('finds the rule domains', () => {
    expect(ruleDomains).toEqual(expect.arrayContaining(['lesson', 'markbook']));
  });

  it.each(ruleDomains)(
    '%s: every rule is registered, named after its file, cites guidance and is tested',
    async (domain) => {
      expect(inventoryProblems(await inventoryOf(domain))).toEqual([]);
    },
  );
});

describe('the meta check itself', () => {
  const healthy: DomainInventory = {
    domain: 'lesson',
    ruleFiles: ['objectives-stated'],
    registry: [{ id: 'lesson/objectives-stated', guidance: 'hqtl/objectives', messages: { missing: 'm' } }],
    testFiles: ['objectives-stated.test.ts'],
  };

  it('passes a healthy domain', () => {
    expect(inventoryProblems(healthy)).toEqual([]);
  });

  it('says how to register a rule file that is not in the registry', () => {
    const problems = inventoryProblems({
      ...healthy,
      ruleFiles: [...healthy.ruleFiles, 'pupil-talk'],
      testFiles: [...healthy.testFiles, 'pupil-talk.test.ts'],
    });
    expect(problems).toEqual([
      "shared/lesson/rules/pupil-talk.ts is not registered: import it in shared/lesson/rules/index.ts and add it to the rules list (or give it the id 'lesson/pupil-talk')",
    ]);
  });

  it('says where to add the tests of an untested rule', () => {
    expect(inventoryProblems({ ...healthy, testFiles: [] })).toEqual([
      'lesson/objectives-stated has no tests: add test/lesson/rules/objectives-stated.test.ts with a testRule(...) table',
    ]);
  });

  it('catches an id that does not match its file, a bad citation and an unsorted list', () => {
    const problems = inventoryProblems({
      ...healthy,
      ruleFiles: ['objectives-stated', 'zebra'],
      testFiles: ['objectives-stated.test.ts', 'zebra.test.ts'],
      registry: [
        { id: 'lesson/zebra', guidance: 'hqtl/objectives', messages: { a: 'a' } },
        { id: 'lesson/objectives', guidance: 'nowhere', messages: { a: 'a' } },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('lesson/objectives does not match its file'),
        expect.stringContaining("cites 'nowhere'"),
        expect.stringContaining('out of order'),
      ]),
    );
  });
});
