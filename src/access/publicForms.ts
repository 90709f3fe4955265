import type { PayloadRequest } from 'payload'

/**
 * The site's own comment form (src/app/(site)/comments) checks what an API call cannot: its
 * hidden field and how fast it was filled in. It marks its Local API call with this context key,
 * which REST and GraphQL callers cannot set, so whatever relies on those checks (publishing a
 * comment at once) can tell a form from a script.
 */
const PUBLIC_FORM = 'publicForm'

export type PublicForm = 'comment'

export const publicFormContext = (form: PublicForm) => ({ [PUBLIC_FORM]: form })

export const viaPublicForm = (req: PayloadRequest, form: PublicForm) => req.context?.[PUBLIC_FORM] === form
