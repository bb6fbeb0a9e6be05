// One import point for zod so every context runs it without `new Function`:
// the extension's CSP forbids eval, and zod's JIT would otherwise try it.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
