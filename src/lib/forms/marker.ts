import type { PayloadRequest } from 'payload'

/**
 * The site's own forms (src/lib/forms) check what an API call cannot: their hidden field and how
 * fast they were filled in. They mark their Local API call with this context key, which REST and
 * GraphQL callers cannot set, so whatever relies on those checks (publishing a comment at once)
 * can tell a form from a script.
 */
const PUBLIC_FORM = 'publicForm'

export type PublicForm = 'comment' | 'submission' | 'subscription'

export const publicFormContext = (form: PublicForm) => ({ [PUBLIC_FORM]: form })

export const viaPublicForm = (req: PayloadRequest, form: PublicForm) =>
  req.context?.[PUBLIC_FORM] === form
