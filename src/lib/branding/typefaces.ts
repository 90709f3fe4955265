/**
 * The typefaces an editor may choose for the public site (Site settings → Branding → Typeface).
 * Each but the first is an open-licence variable font with Latin (Azerbaijani's ə included) and
 * Cyrillic, served by this site (src/styles/typefaces/, built by site-assets.mjs): a page asks no
 * other host for fonts. `serif` is the text's family, `sans` that of headings' labels, menus and
 * forms; unset, the reader's own system fonts are kept.
 */
export const TYPEFACES = [
  { value: 'system', label: "The reader's own fonts (nothing to download)" },
  {
    value: 'source-serif',
    label: 'Source Serif 4 for text, the system sans-serif for the rest',
    serif: 'Source Serif 4 Variable',
  },
  {
    value: 'noto-serif',
    label: 'Noto Serif for text, the system sans-serif for the rest',
    serif: 'Noto Serif Variable',
  },
  { value: 'inter', label: 'Inter throughout', serif: 'Inter Variable', sans: 'Inter Variable' },
] as const satisfies readonly { value: string; label: string; serif?: string; sans?: string }[]

export type TypefaceName = (typeof TYPEFACES)[number]['value']

export const DEFAULT_TYPEFACE: TypefaceName = 'system'

/** The typeface of that name, or undefined (nothing to load) for the system fonts or an unknown name. */
export function typefaceOf(
  name: string | null | undefined,
): { value: TypefaceName; serif?: string; sans?: string } | undefined {
  const typeface = TYPEFACES.find((candidate) => candidate.value === name)
  return typeface && typeface.value !== DEFAULT_TYPEFACE ? typeface : undefined
}
