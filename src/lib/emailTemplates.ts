/**
 * Editors write the submission decision e-mails in Site settings with placeholders in braces;
 * these are the ones they may use. An unknown placeholder is left as written, so a typo shows.
 */
export const TEMPLATE_PLACEHOLDERS = ['name', 'title', 'reference', 'siteName'] as const

export type TemplateValues = Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>

export const fillTemplate = (template: string, values: TemplateValues) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? values[key as keyof TemplateValues] : whole,
  )

export const DEFAULT_DECISION_EMAILS = {
  accepted: {
    subject: 'Your article “{title}” ({reference}) is accepted',
    body:
      'Dear {name},\n\nThank you for sending “{title}” to {siteName}. Our editors have accepted it for publication. ' +
      'An editor will write to you shortly about the edit and the publication date.\n\n{siteName}\n',
  },
  declined: {
    subject: 'Your article “{title}” ({reference})',
    body:
      'Dear {name},\n\nThank you for sending “{title}” to {siteName}. After careful reading, our editors have decided ' +
      'not to publish it. We receive many more articles than we can publish, and we hope you will write to us again.\n\n{siteName}\n',
  },
}
