// Proves that lint enforces DESIGN.md's dependency direction: each crossing below must fail `npm run lint`,
// and each allowed import must pass. The code is linted as if it stood at the given path.
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FEATURES, featureZones } from './eslint.config.js';

// Only the boundary rules: type-aware rules need the file on disk, and they are not what is tested here.
const eslint = new ESLint({
  cwd: import.meta.dirname,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'import-x/no-restricted-paths',
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('import boundaries', () => {
  it('fail when one feature imports another', async () => {
    const errors = await boundaryErrors(
      'src/features/telephony/components/dial-pad.tsx',
      "import { EMBEDDED_LAB } from '../../session/model/login-values';\nexport const x = EMBEDDED_LAB;\n",
    );
    expect(errors).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*A feature never imports another feature/),
    ]);
  });

  it('pass when a feature imports its own files and shared layers', async () => {
    const errors = await boundaryErrors(
      'src/features/session/components/x.tsx',
      "import { EMBEDDED_LAB } from '../model/login-values';\nimport { theme } from '../../../theme';\nexport const x = [EMBEDDED_LAB, theme];\n",
    );
    expect(errors).toEqual([]);
  });

  it('fail when a shared layer imports the app', async () => {
    const errors = await boundaryErrors(
      'src/components/x.tsx',
      "import { paths } from '../app/paths';\nexport const x = paths;\n",
    );
    expect(errors).toEqual([expect.stringMatching(/Only src\/app knows the app/)]);
  });

  it.each(['dev-proxy/proxy/x.ts', 'e2e/x.spec.ts'])('fail when %s imports the console', async (filePath) => {
    const depth = filePath.split('/').length - 1;
    const up = '../'.repeat(depth);
    const errors = await boundaryErrors(
      filePath,
      `import { theme } from '${up}src/theme';\nexport const x = theme;\n`,
    );
    expect(errors).toEqual([expect.stringMatching(/share only src\/o2g\/contract/)]);
  });

  it('pass when dev-proxy imports the wire contract', async () => {
    const errors = await boundaryErrors(
      'dev-proxy/proxy/x.ts',
      "import * as contract from '../../src/o2g/contract';\nexport const x = contract;\n",
    );
    expect(errors).toEqual([]);
  });
});

describe('guard rails that keep themselves', () => {
  it('protect every folder of src/features, with no list to edit when one is added', () => {
    const folders = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...FEATURES].sort()).toEqual(folders.sort());
    expect(featureZones(['a-new-feature'])).toEqual([
      expect.objectContaining({
        from: './src/features/a-new-feature',
        target: './src/features/!(a-new-feature)/**/*',
      }),
    ]);
  });

  it('fail when production code imports a testing/ folder, and pass for a test', async () => {
    const testing = new ESLint({
      cwd: import.meta.dirname,
      overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
      ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
    });
    const code = "import { BASE } from '../testing/telephony-test-kit';\nexport const x = BASE;\n";
    const [production] = await testing.lintText(code, {
      filePath: 'src/features/telephony/components/x.tsx',
    });
    expect(production?.messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/production code never imports a testing\/ folder/),
    ]);
    const [test] = await testing.lintText(code, { filePath: 'src/features/telephony/components/x.test.tsx' });
    expect(test?.messages).toEqual([]);
  });
});
