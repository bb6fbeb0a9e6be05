import { resolve } from 'node:path';
import { projectRoot } from '../fixtures-dir';
import type { ServedPage } from '../e2e/harness/server';

/** The bundled sample: a fictional person on a page we wrote, in the 2026 logged-in structure. */
export const SAMPLE: ServedPage & { person: string; firstName: string } = {
  slug: 'amara-okonkwo-demo',
  name: 'sample-profile',
  file: resolve(projectRoot, 'tests/demo/sample-profile.html'),
  person: 'Amara Okonkwo',
  firstName: 'Amara',
};
