import sharp from 'sharp'

/**
 * The demo think tank's logo: a mark of three waves (the Caspian) beside the name, drawn here so the
 * demo ships no artwork whose licence we would have to track. One version for light backgrounds,
 * one for dark.
 */
const wavesOf = (colour: string) =>
  [18, 30, 42]
    .map(
      (y) =>
        `<path d="M8 ${y} q10 -8 20 0 t20 0 t20 0" stroke="${colour}" stroke-width="5" fill="none" stroke-linecap="round"/>`,
    )
    .join('')

export async function drawLogo(name: string, { onDark }: { onDark: boolean }): Promise<Buffer> {
  const ink = onDark ? '#f5f5f4' : '#0b3d5c'
  const waves = wavesOf(onDark ? '#7cc8e4' : '#0b5d7a')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="64" viewBox="0 0 480 64">
    <circle cx="38" cy="30" r="29" fill="none" stroke="${ink}" stroke-width="3"/>${waves}
    <text x="82" y="42" font-family="DejaVu Serif, Georgia, serif" font-size="28" font-weight="bold" fill="${ink}">${name}</text>
  </svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** The site icon: the mark alone, white waves on the brand colour, 512 px square. */
export async function drawIcon(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 76 60">
    <rect x="0" y="-8" width="76" height="76" rx="14" fill="#0b5d7a"/>
    <g transform="translate(10 0)">${wavesOf('#ffffff')}</g>
  </svg>`
  return sharp(Buffer.from(svg)).resize(512, 512).png().toBuffer()
}

/** The default social card (1200 × 630): the logo on the page's colour, the tagline under it. */
export async function drawSocialImage(name: string, tagline: string): Promise<Buffer> {
  const logo = await drawLogo(name, { onDark: false })
  const text = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
    <rect width="1200" height="630" fill="#fdfcfa"/>
    <rect y="610" width="1200" height="20" fill="#8a4b08"/>
    <text x="120" y="420" font-family="DejaVu Serif, Georgia, serif" font-size="40" fill="#3a3a40">${tagline}</text>
  </svg>`
  return sharp(Buffer.from(text))
    .composite([
      { input: await sharp(logo).resize({ width: 960 }).toBuffer(), left: 120, top: 180 },
    ])
    .png()
    .toBuffer()
}
