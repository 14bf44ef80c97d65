import { z } from 'zod';
import { OUTCOMES, STAGES } from './stages';

/** Schemas for stages and outcomes; the plain lists and labels live in stages.ts. */
export const Stage = z.enum(STAGES);
export const Outcome = z.enum(OUTCOMES);
