// `npm run check` (eslint) refuses an import that would bring a folder cycle back: the rule, tried on
// the imports that made the old cycles, and on the imports the layers allow.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../fixtures-dir';

const eslint = new ESLint({ cwd: projectRoot });
async function refused(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${projectRoot}/${file}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['lib/tracker/packs.ts', "import { mayNudge } from '../nudges/live';\nexport const x = mayNudge;"],
    ['lib/tracker/x.ts', "import { getDb } from '../shared/tracker-db';\nexport const x = getDb;"],
    ['lib/nudges/x.ts', "import { runCommand } from '../background/commands';\nexport const x = runCommand;"],
    ['lib/background/x.ts', "import { servePopup } from '../popup-link/serve';\nexport const x = servePopup;"],
    ['lib/follow-ups.ts', "import { STEPS } from './tracker/steps';\nexport const x = STEPS;"],
    ['lib/popup/x.ts', "import { command } from '../dashboard/command';\nexport const x = command;"],
    // The composer and the coach sit side by side: neither may lean on the other (their old cycle).
    ['lib/compose/x.ts', "import { coach } from '../coach';\nexport const x = coach;"],
    ['lib/coach/x.ts', "import { composeAsk } from '../compose/compose-ask';\nexport const x = composeAsk;"],
    ['lib/mentorship/x.ts', "import { getDb } from '../tracker/db';\nexport const x = getDb;"],
    ['lib/compose/x.ts', "import { nextStep } from '../next-step/next-step';\nexport const x = nextStep;"],
  ])('refuses %s importing upwards', async (file, code) => {
    expect(await refused(file, code)).toHaveLength(1);
  }, 60_000);

  it('allows importing downwards', async () => {
    expect(await refused('lib/nudges/x.ts', "import { mayNudge } from '../tracker/summaries';\nexport const x = mayNudge;")).toEqual([]);
    expect(await refused('lib/next-step/x.ts', "import { composeFollowUp } from '../compose/followups';\nexport const x = composeFollowUp;")).toEqual([]);
    expect(await refused('lib/background/x.ts', "import { getDb } from '../shared/tracker-db';\nexport const x = getDb;")).toEqual([]);
  }, 60_000);
});
