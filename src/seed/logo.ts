import sharp from 'sharp'

/**
 * The demo think tank's logo: a mark of three waves (the Caspian) beside the name, drawn here so the
 * demo ships no artwork whose licence we would have to track. One version for light backgrounds,
 * one for dark.
 */
export async function drawLogo(name: string, { onDark }: { onDark: boolean }): Promise<Buffer> {
  const ink = onDark ? '#f5f5f4' : '#0b3d5c'
  const wave = onDark ? '#7cc8e4' : '#0b5d7a'
  const waves = [18, 30, 42]
    .map(
      (y) =>
        `<path d="M8 ${y} q10 -8 20 0 t20 0 t20 0" stroke="${wave}" stroke-width="5" fill="none" stroke-linecap="round"/>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="64" viewBox="0 0 480 64">
    <circle cx="38" cy="30" r="29" fill="none" stroke="${ink}" stroke-width="3"/>${waves}
    <text x="82" y="42" font-family="DejaVu Serif, Georgia, serif" font-size="28" font-weight="bold" fill="${ink}">${name}</text>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
