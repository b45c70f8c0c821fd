import { z } from 'zod';

// Zod 4 probes for eval (new Function) to speed up parsing; our CSP forbids eval, and the probe
// would log a CSP violation on every start. Imported first in main.tsx.
z.config({ jitless: true });
