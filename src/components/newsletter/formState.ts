import { SUBSCRIPTION_LIMITS } from '@/fields/subscription'
import { flashCookie, textEntries } from '@/lib/forms/flash'
import { plausibleId } from '@/lib/relations'

export type SubscriptionField = 'email' | 'name' | 'choices'

/** What a subscribe or preferences form shows again: the reader's own values, and the errors by field. */
export type SubscriptionFormState = {
  values?: {
    email?: string
    name?: string
    frequency?: string
    scope?: string
    topics?: string[]
    authors?: string[]
  }
  errors?: Partial<Record<SubscriptionField | 'form', string>>
}

const text = (input: unknown, max: number) =>
  typeof input === 'string' ? input.slice(0, max) : undefined

const idList = (input: unknown) =>
  Array.isArray(input)
    ? input.filter((id) => plausibleId(id)).slice(0, SUBSCRIPTION_LIMITS.choices)
    : []

/** Only the form's own fields, each as long as the collection takes (a cookie comes back as the client chose). */
export const subscriptionFlash = flashCookie<SubscriptionFormState>(
  'subscription-form',
  (state) => ({
    values: {
      email: text(state.values?.email, SUBSCRIPTION_LIMITS.email),
      name: text(state.values?.name, SUBSCRIPTION_LIMITS.name),
      frequency: text(state.values?.frequency, 10),
      scope: text(state.values?.scope, 10),
      topics: idList(state.values?.topics),
      authors: idList(state.values?.authors),
    },
    errors: textEntries(state.errors, 300),
  }),
)
