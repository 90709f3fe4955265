import type { Payload, RequestContext } from 'payload'

import { publicFormContext, type PublicForm } from './marker'
import { BodyTooLarge, readForm } from '@/lib/bodyLimit'
import { giveBackAttempt } from '@/lib/limits/attempts'
import { getPayloadClient } from '@/lib/payload'

import { answer, type FormAnswer } from './answer'
import { checkForBots, type BotCheck } from './bots'
import { formFields, type FormFields } from './fields'
import { flashOf, type FlashCookie, type FlashState } from './flash'
import { refusalOf, type Refusal, type RefusalCode } from './refusals'

type Errors<State extends FlashState> = NonNullable<State['errors']>

/** A refused post: the status, and what to tell the reader (by field, in their language). */
export type Refused<State extends FlashState> = {
  status: number
  errors: Errors<State>
  retryAfter?: number
}

/** What one public form adds to the pipeline: its fields, its checks, its document and its answers. */
export type PublicFormSpec<Input extends { values: State['values'] }, State extends FlashState> = {
  form: PublicForm
  /** The largest body read; more is refused while it arrives. */
  maxBytes: number
  flash: FlashCookie<State>
  /** The answer to a body over `maxBytes`: nothing of it was read, not even the language. */
  tooLarge: FormAnswer
  /** The fields (`values`: what a refused form shows again), and whatever they point to. */
  read(fields: FormFields, payload: Payload): Input | Promise<Input>
  /** What is wrong before anything is stored (the collection checks again, on every path). */
  validate(input: Input): Refused<State> | null
  /** What the form's hooks need to know beyond the form's marker. */
  context?(input: Input, bots: BotCheck): RequestContext
  /** Stores the document through the Local API as the anonymous sender (overrideAccess: false), with `context`. */
  create(
    input: Input,
    call: { payload: Payload; request: Request; context: RequestContext },
  ): Promise<FormAnswer>
  /** The thank-you a bot gets, as if it were a person. */
  dropped(input: Input): FormAnswer
  refused(input: Input, refused: Refused<State>): FormAnswer
  /** Each refusal the collection's hooks can give, in the reader's words. */
  explain: {
    [Code in RefusalCode]: (
      refusal: Extract<Refusal, { code: Code }>,
      input: Input,
    ) => Errors<State>
  }
}

const explained = <Input extends { values: State['values'] }, State extends FlashState>(
  spec: PublicFormSpec<Input, State>,
  refusal: Refusal,
  input: Input,
) =>
  (spec.explain[refusal.code] as (refusal: Refusal, input: Input) => Errors<State>)(refusal, input)

async function readFormOrNothing(
  request: Request,
  maxBytes: number,
): Promise<{ form: FormData | null } | null> {
  try {
    return { form: await readForm(request, maxBytes) }
  } catch (error) {
    if (error instanceof BodyTooLarge) return null
    throw error
  }
}

/**
 * A public form's POST handler. The body is read under a ceiling; a bot (lib/forms/bots.ts) gets
 * a thank-you and nothing is stored; the form's own checks name each bad field; then the document
 * is created through Payload as an anonymous visitor, so the collection's access rules, limits and
 * hooks decide, as on REST and GraphQL. Every answer is JSON with its status for the form's
 * script, or a 303 for a plain HTML post (a refused one carries its state in a flash cookie).
 */
export function publicFormRoute<
  Input extends { values: State['values'] },
  State extends FlashState,
>(spec: PublicFormSpec<Input, State>) {
  return async function POST(request: Request): Promise<Response> {
    const read = await readFormOrNothing(request, spec.maxBytes)
    if (!read) return answer(request, spec.tooLarge)
    const payload = await getPayloadClient()
    const fields = formFields(read.form)
    const input = await spec.read(fields, payload)
    const refuse = (refused: Refused<State>) =>
      answer(request, {
        ...spec.refused(input, refused),
        flash: flashOf(spec.flash, { values: input.values, errors: refused.errors } as State),
      })

    const bots = checkForBots(fields, payload.secret)
    if (bots.bot) {
      payload.logger.info(`[${spec.form}s] dropped a bot submission (${bots.bot})`)
      return answer(request, spec.dropped(input))
    }
    const invalid = spec.validate(input)
    if (invalid) return refuse(invalid)

    const context: RequestContext = {
      ...publicFormContext(spec.form),
      ...spec.context?.(input, bots),
    }
    let accepted: FormAnswer
    try {
      accepted = await spec.create(input, { payload, request, context })
    } catch (caught) {
      await giveBackAttempt(context)
      const refusal = refusalOf(caught)
      if (!refusal) throw caught
      return refuse({
        status: refusal.status,
        errors: explained(spec, refusal, input),
        retryAfter: refusal.code === 'rate-limited' ? refusal.retryAfter : undefined,
      })
    }
    return answer(request, accepted)
  }
}
