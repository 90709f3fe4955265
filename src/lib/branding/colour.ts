/**
 * Brand colours and their contrast, after WCAG 2.2's definitions of relative luminance and contrast
 * ratio. Site settings refuse a colour that readers could not read (src/fields/colour.ts); the site's
 * styles derive the dark-mode variant of each colour from it (src/components/page/BrandStyle.tsx).
 */

export type Rgb = readonly [number, number, number]

const HEX = /^#([0-9a-f]{6})$/i

/** `#rrggbb` as three channels 0–255, or undefined for anything else. */
export function parseHex(value: string): Rgb | undefined {
  const match = HEX.exec(value.trim())
  if (!match) return undefined
  const number = Number.parseInt(match[1], 16)
  return [(number >> 16) & 255, (number >> 8) & 255, number & 255]
}

export const toHex = (colour: Rgb): string =>
  `#${colour.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`

const linear = (channel: number) => {
  const value = channel / 255
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

export const luminance = ([r, g, b]: Rgb): number =>
  0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)

/** From 1 (the same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** WCAG AA for body-size text. */
export const AA_TEXT = 4.5

/** The backgrounds of the site's light and dark schemes (site.css `--background`). */
export const LIGHT_BACKGROUND: Rgb = [0xfd, 0xfc, 0xfa]
export const DARK_BACKGROUND: Rgb = [0x14, 0x14, 0x16]
export const WHITE: Rgb = [255, 255, 255]

const mix = (from: Rgb, to: Rgb, amount: number): Rgb =>
  [0, 1, 2].map((index) => from[index] + (to[index] - from[index]) * amount) as unknown as Rgb

/**
 * The colour lightened just enough to read as text on the dark background: the same hue for
 * readers who prefer a dark scheme, where the brand colour itself (dark, by the light-scheme rule)
 * would vanish.
 */
export function forDarkBackground(colour: Rgb): Rgb {
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(colour, WHITE, step / 20)
    if (contrastRatio(candidate, DARK_BACKGROUND) >= AA_TEXT + 0.1) return candidate
  }
  return WHITE
}

/** The same colour darkened a little: for a button's hover and pressed states. */
export const stronger = (colour: Rgb): Rgb => mix(colour, [0, 0, 0], 0.2)
