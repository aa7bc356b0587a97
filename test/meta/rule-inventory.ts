import { GUIDANCE } from '../../shared/guidance';

/** What the meta test knows about one domain: rule files on disk, the registry, test files. */
export interface DomainInventory {
  domain: string;
  /** File names (without `.ts`) under `shared/<domain>/rules/`, excluding `index`. */
  ruleFiles: string[];
  /** What the registry `shared/<domain>/rules/index.ts` exports. */
  registry: { id: string; guidance: string; messages: Record<string, string> }[];
  /** File names under `test/<domain>/rules/`. */
  testFiles: string[];
}

export const ruleTestPath = (id: string) => {
  const [domain, name] = id.split('/');
  return `test/${domain}/rules/${name}.test.ts`;
};

/**
 * Every problem with a domain's rules, each phrased as what to do about it. An empty list
 * means every rule file is registered, named after its id, cites real guidance and is tested.
 */
export function inventoryProblems({ domain, ruleFiles, registry, testFiles }: DomainInventory): string[] {
  const problems: string[] = [];
  const registeredIds = new Set(registry.map((rule) => rule.id));
  for (const file of ruleFiles) {
    const id = `${domain}/${file}`;
    if (!registeredIds.has(id)) {
      problems.push(
        `shared/${domain}/rules/${file}.ts is not registered: import it in shared/${domain}/rules/index.ts and add it to the rules list (or give it the id '${id}')`,
      );
    }
    if (!testFiles.includes(`${file}.test.ts`)) {
      problems.push(`${id} has no tests: add ${ruleTestPath(id)} with a testRule(...) table`);
    }
  }
  const seen = new Set<string>();
  for (const rule of registry) {
    if (seen.has(rule.id)) problems.push(`${rule.id} is registered twice in shared/${domain}/rules/index.ts`);
    seen.add(rule.id);
    const [ruleDomain, name] = rule.id.split('/');
    if (ruleDomain !== domain || name === undefined || !ruleFiles.includes(name)) {
      problems.push(
        `${rule.id} does not match its file: a rule's id is '<domain>/<file name>', so it belongs in shared/${domain}/rules/${name ?? rule.id}.ts`,
      );
    }
    if (!(rule.guidance in GUIDANCE)) {
      problems.push(`${rule.id} cites '${rule.guidance}', which is not a section in shared/guidance.ts`);
    }
    if (Object.keys(rule.messages).length === 0) {
      problems.push(`${rule.id} declares no messages`);
    }
  }
  const sorted = [...registry.map((rule) => rule.id)].sort();
  if (registry.some((rule, index) => rule.id !== sorted[index])) {
    problems.push(`shared/${domain}/rules/index.ts lists its rules out of order: keep the list sorted by id`);
  }
  return problems;
}
