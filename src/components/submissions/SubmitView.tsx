import { RichText } from '@/components/RichText'
import { SiteFrame } from '@/components/SiteFrame'
import { ARTICLE_KINDS, SUBMISSION_LANGUAGES } from '@/fields/options'
import { LOCALE_TAGS, type Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { SubmissionFormState } from '@/components/submissions/formState'
import { guidelinesOf } from '@/lib/manuscripts/guidelines'
import { getPayloadClient } from '@/lib/payload'
import { getSettings } from '@/lib/queries'
import { formToken } from '@/lib/signedToken'
import type { Article } from '@/payload-types'

import { SubmissionForm } from './SubmissionForm'

/** The terms the checkbox agrees to: Site settings' text, or the built-in one; paragraphs by blank lines. */
function SubmissionTerms({ text, heading }: { text: string; heading: string }) {
  return (
    <section className="submission-terms" aria-labelledby="submission-terms-heading">
      <h3 id="submission-terms-heading">{heading}</h3>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </section>
  )
}

/** "Become an analyst": the guidelines from the site settings, the length asked, then the submission form. */
export async function SubmitView({
  locale,
  formState,
}: {
  locale: Locale
  formState?: SubmissionFormState
}) {
  const t = messagesFor(locale)
  const s = t.submission
  const [settings, payload] = await Promise.all([getSettings(locale), getPayloadClient()])
  // The same numbers the editors read each submission against (Site settings).
  const guidelines = guidelinesOf(settings.manuscriptGuidelines, locale)
  const number = new Intl.NumberFormat(LOCALE_TAGS[locale])
  return (
    <SiteFrame locale={locale} path="/submit">
      <h1>{t.becomeAnalyst}</h1>
      <p className="lead">{t.becomeAnalystLead}</p>
      <RichText data={settings.submissionGuidelines} className="prose" />
      <p className="submission-length">
        {s.length(
          number.format(guidelines.minWords),
          number.format(guidelines.maxWords),
          guidelines.summary,
        )}
      </p>
      <h2 className="section-heading">{s.formHeading}</h2>
      <SubmissionForm
        locale={locale}
        token={formToken(payload.secret)}
        terms={
          <SubmissionTerms
            heading={s.termsHeading}
            text={settings.submissionTerms?.trim() || s.terms}
          />
        }
        initial={formState}
        kinds={ARTICLE_KINDS.map(({ value }) => ({
          value,
          label: t.kinds[value as Article['kind']],
        }))}
        languages={SUBMISSION_LANGUAGES.map(({ value }) => ({
          value,
          label: s.languages[value as keyof typeof s.languages],
        }))}
        labels={{
          name: s.name,
          email: s.email,
          affiliation: s.affiliation,
          bio: s.bio,
          kind: s.kind,
          title: s.title,
          abstract: s.abstract,
          language: s.language,
          file: s.file,
          consent: s.consent,
          send: s.send,
          sending: s.sending,
          generic: s.errors.generic,
        }}
      />
    </SiteFrame>
  )
}
