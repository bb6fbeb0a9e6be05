// Where the anonymised real LinkedIn pages live (shared/fixtures/linkedin beside the project).
// No jsdom here: end-to-end tests import this too.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The project's root folder, for tests, the demo and the benchmark. */
export const projectRoot = PROJECT_ROOT;

/** The fixtures folder, or null when it is not there (outside CI, without shared/). */
export function fixturesDir(): string | null {
  const dir = process.env.COFFEE_CHAT_FIXTURES ?? path.resolve(PROJECT_ROOT, '../shared/fixtures/linkedin');
  try {
    return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
  } catch {
    return null;
  }
}

/** Hand-written pages with fictional people, kept in the project (tests/fixtures/linkedin). */
export const SYNTHETIC_DIR = path.resolve(PROJECT_ROOT, 'tests/fixtures/linkedin');
