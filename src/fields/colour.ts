import type { TextField, TextFieldSingleValidation } from 'payload'

import { AA_TEXT, contrastRatio, LIGHT_BACKGROUND, parseHex, WHITE } from '@/lib/branding/colour'

/**
 * A brand colour is used for links and headings on the page's background and as the background of
 * buttons with white text, so it must pass WCAG AA (4.5:1) against both; the site lightens it
 * itself for the dark scheme.
 */
const validateBrandColour: TextFieldSingleValidation = (value, { required }) => {
  if (!value) return required ? 'Choose a colour, as #rrggbb.' : true
  const colour = parseHex(value)
  if (!colour) return 'Write the colour as # and six hexadecimal digits, for example #0b5d7a.'
  const ratio = Math.min(contrastRatio(colour, LIGHT_BACKGROUND), contrastRatio(colour, WHITE))
  if (ratio >= AA_TEXT) return true
  return `${value} is too light to read: its contrast with the page is ${ratio.toFixed(2)}:1, and WCAG AA asks for at least ${AA_TEXT}:1. Choose a darker shade.`
}

export function brandColourField(
  name: string,
  options: { label: string; description: string; required?: boolean; defaultValue?: string },
): TextField {
  return {
    name,
    label: options.label,
    type: 'text',
    required: options.required,
    defaultValue: options.defaultValue,
    maxLength: 7,
    validate: validateBrandColour,
    admin: { description: options.description, placeholder: '#0b5d7a' },
  }
}
