import type { Payload } from 'payload'

import { localePath, type Locale } from '@/i18n/config'
import { newsletterMessages } from '@/i18n/newsletterMessages'
import { flashOf } from '@/lib/forms/flash'
import { isEmailAddress, type FormFields } from '@/lib/forms/fields'
import { publicFormRoute, type Refused } from '@/lib/forms/pipeline'
import { choseNothing, readChoices, storedChoices } from '@/lib/newsletter/choices'
import { subscriptionFlash, type SubscriptionFormState } from '@/components/newsletter/formState'

/** An address, a name and at most a hundred ids, percent-encoded. */
const MAX_REQUEST_BYTES = 32 * 1024

type Errors = NonNullable<SubscriptionFormState['errors']>

async function readSubscription(fields: FormFields, payload: Payload) {
  const choices = await readChoices(fields, payload)
  return {
    locale: fields.locale,
    t: newsletterMessages(fields.locale),
    choices,
    values: { email: fields.text('email'), name: fields.text('name'), ...choices.sent },
  }
}

type SubscriptionInput = Awaited<ReturnType<typeof readSubscription>>

function validateSubscription({
  t,
  values,
  choices,
}: SubscriptionInput): Refused<SubscriptionFormState> | null {
  const errors: Errors = {}
  if (!isEmailAddress(values.email)) errors.email = t.errors.email
  if (choseNothing(choices)) errors.choices = t.errors.choices
  return Object.keys(errors).length ? { status: 400, errors } : null
}

/** The fields the collection named, in the form's words; anything else is the form's as a whole. */
function fieldErrors({ t }: SubscriptionInput, paths: string[]): Errors {
  const errors: Errors = {}
  for (const path of paths) {
    if (path === 'email') errors.email = t.errors.email
    else if (path === 'topics' || path === 'authors') errors.choices = t.errors.choices
    else errors.form = t.errors.generic
  }
  return errors
}

/** The whole form again (/newsletter, through a rewrite to newsletter/retry), with the values and errors. */
const formAgain = (locale: Locale) =>
  `${localePath(locale, '/newsletter')}?subscription=error#subscribe`

/** The same page whatever the address: known, new or not an address at all (a bot's). */
const checkInbox = ({ locale }: SubscriptionInput) => {
  const redirect = localePath(locale, '/newsletter/sent')
  return { status: 202, json: { redirect }, location: redirect }
}

const TOO_LARGE = { form: newsletterMessages('en').errors.generic }

/**
 * The subscribe form's target: names each bad field, then creates a subscription request as an
 * anonymous visitor, so the collection's limits (per sender and per address) and hooks (consent,
 * the confirmation mail) apply as on REST and GraphQL. A request never touches a subscription, so
 * the answer says nothing about whether the address is subscribed already.
 */
export const POST = publicFormRoute<SubscriptionInput, SubscriptionFormState>({
  form: 'subscription',
  maxBytes: MAX_REQUEST_BYTES,
  flash: subscriptionFlash,
  tooLarge: {
    status: 413,
    json: { errors: TOO_LARGE },
    location: formAgain('en'),
    flash: flashOf(subscriptionFlash, { errors: TOO_LARGE }),
  },
  read: readSubscription,
  validate: validateSubscription,
  async create(input, { payload, request, context }) {
    const { values, locale, choices } = input
    await payload.create({
      collection: 'subscription-requests',
      data: {
        email: values.email,
        name: values.name || undefined,
        locale,
        ...storedChoices(choices),
      },
      depth: 0,
      overrideAccess: false,
      req: { headers: request.headers },
      context,
    })
    return checkInbox(input)
  },
  dropped: checkInbox,
  refused: ({ locale }, { status, errors, retryAfter }) => ({
    status,
    retryAfter,
    json: { errors },
    location: formAgain(locale),
  }),
  explain: {
    'rate-limited': ({ retryAfter }, { t }) => ({ form: t.errors.tooMany(retryAfter) }),
    'too-large': (_, { t }) => ({ form: t.errors.generic }),
    duplicate: (_, { t }) => ({ form: t.errors.generic }),
    invalid: ({ paths }, input) => fieldErrors(input, paths),
  },
})
