/**
 * The lengths a comment's fields may have. The collection enforces them on every path (REST,
 * GraphQL, the form); the form's HTML and its flash cookie use the same numbers. No imports: the
 * comment form, a client component, reads them too.
 */
export const COMMENT_LIMITS = {
  authorName: 100,
  /** The longest address mail can be sent to (RFC 5321): the form and its cookie keep no more. */
  authorEmail: 254,
  body: 5000,
} as const
