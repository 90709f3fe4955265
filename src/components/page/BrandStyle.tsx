import {
  AA_TEXT,
  contrastRatio,
  DARK_BACKGROUND,
  forDarkBackground,
  LIGHT_BACKGROUND,
  parseHex,
  stronger,
  toHex,
  WHITE,
  type Rgb,
} from '@/lib/branding/colour'
import { typefaceOf } from '@/lib/branding/typefaces'
import type { SiteSetting } from '@/payload-types'

type Branding = Pick<SiteSetting['branding'], 'brandColour' | 'secondColour'> & {
  typeface?: string | null
}

/** The custom properties one colour scheme sets, by name (without the leading dashes). */
export type SchemeColours = Partial<
  Record<'accent' | 'accent-strong' | 'on-accent' | 'brand-second', string>
>

/**
 * A colour from the settings, or undefined unless it is `#rrggbb` and readable on the light page.
 * The settings refuse anything else; this keeps a value written before that rule, or straight into
 * the database, from reaching the stylesheet or making the links unreadable.
 */
function readableColour(value: string | null | undefined): Rgb | undefined {
  const colour = value ? parseHex(value) : undefined
  return colour && contrastRatio(colour, LIGHT_BACKGROUND) >= AA_TEXT ? colour : undefined
}

/** White, or the dark page's colour: whichever reads better as text on a button of this colour. */
const textOn = (colour: Rgb): Rgb =>
  contrastRatio(WHITE, colour) >= contrastRatio(DARK_BACKGROUND, colour) ? WHITE : DARK_BACKGROUND

/** Part of the way to white: on the dark page, "stronger" (hover, pressed) means lighter. */
const lighter = (colour: Rgb): Rgb =>
  colour.map((channel) => channel + (255 - channel) * 0.3) as unknown as Rgb

/**
 * The light and dark schemes' brand colours. The button text (`--on-accent`) is chosen against
 * `--accent`; `--accent-strong` lies further from the page's background, so it only gains contrast.
 */
export function brandColours(branding: Branding): { light: SchemeColours; dark: SchemeColours } {
  const accent = readableColour(branding.brandColour)
  const second = readableColour(branding.secondColour)
  const light: SchemeColours = {}
  const dark: SchemeColours = {}
  if (accent) {
    const onDark = forDarkBackground(accent)
    Object.assign(light, {
      accent: toHex(accent),
      'accent-strong': toHex(stronger(accent)),
      'on-accent': toHex(textOn(accent)),
    })
    Object.assign(dark, {
      accent: toHex(onDark),
      'accent-strong': toHex(lighter(onDark)),
      'on-accent': toHex(textOn(onDark)),
    })
  }
  if (second) {
    light['brand-second'] = toHex(second)
    dark['brand-second'] = toHex(forDarkBackground(second))
  }
  return { light, dark }
}

const declarations = (colours: SchemeColours) =>
  Object.entries(colours)
    .map(([name, value]) => `--${name}:${value}`)
    .join(';')

/**
 * The chosen typeface in front of the system fonts (site.css's --system-serif, --system-sans). The
 * family names come from the fixed list in typefaces.ts, never from the settings' text.
 */
function typefaceDeclarations(name: string | null | undefined): string[] {
  const typeface = typefaceOf(name)
  return [
    typeface?.serif && `--serif:'${typeface.serif}',var(--system-serif)`,
    typeface?.sans && `--sans:'${typeface.sans}',var(--system-sans)`,
  ].filter((declaration): declaration is string => Boolean(declaration))
}

/** The rules that override site.css's defaults, or an empty string when nothing is set. */
export function brandCss(branding: Branding): string {
  const colours = brandColours(branding)
  const root = [declarations(colours.light), ...typefaceDeclarations(branding.typeface)]
    .filter(Boolean)
    .join(';')
  if (!root) return ''
  // The dark block comes last: in a dark scheme it must win over site.css's light block and ours.
  const dark = Object.keys(colours.dark).length
    ? `@media (prefers-color-scheme: dark){:root{${declarations(colours.dark)}}}`
    : ''
  return `:root{${root}}${dark}`
}

/**
 * The site's brand colours from the settings, for the document's head, after the stylesheet. Only
 * colours, rewritten from their parsed channels, ever reach this stylesheet.
 */
export function BrandStyle({ branding }: { branding: Branding | undefined }) {
  const css = branding ? brandCss(branding) : ''
  return css ? <style>{css}</style> : null
}
