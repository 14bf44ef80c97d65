import { z } from 'zod';

// Extension pages and the background run under a content security policy without 'unsafe-eval':
// tell zod up front not to compile validators with `new Function`, rather than let it try and fail.
z.config({ jitless: true });
