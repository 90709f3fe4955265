/**
 * The lengths a submission's text fields may have: the collection enforces them on every path,
 * the form's HTML and its flash cookie use the same numbers. No imports: the submission form, a
 * client component, reads them too.
 */
export const SUBMISSION_LIMITS = {
  name: 120,
  affiliation: 200,
  bio: 2000,
  title: 200,
  abstract: 3000,
} as const
