import { z } from 'astro/zod';

/** A permanent, short ASCII id: lower-case kebab-case, 2–48 characters, starting with a letter. */
export const answerIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const answerId = z
  .string()
  .max(48)
  .regex(answerIdPattern, 'must be lower-case ASCII kebab-case, e.g. report-to-police');
