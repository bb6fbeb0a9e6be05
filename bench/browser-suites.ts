import type { Row } from './rows';

/** Browser-measured suites, by name; `npm run bench -- <name>` runs only some. */
export const SUITES: Record<string, () => Promise<Row[]>> = {};
