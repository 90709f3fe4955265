import sharp from 'sharp'

/**
 * A quiet abstract banner (contour lines over a two-tone field) drawn for each demo article, so
 * the demo shows real images without shipping photographs whose licence we would have to track.
 */
export async function drawHeroImage(seed: number): Promise<Buffer> {
  const hue = (seed * 67) % 360
  const lines = Array.from({ length: 9 }, (_, i) => {
    const y = 90 + i * 55 + ((seed * 13 + i * 29) % 40)
    const bend = 60 + ((seed * 31 + i * 17) % 120)
    return `<path d="M0 ${y} C 400 ${y - bend}, 800 ${y + bend}, 1600 ${y - 20}" stroke="hsl(${hue} 40% 85%)" stroke-opacity="0.35" stroke-width="3" fill="none"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 45% 28%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 50% 16%)"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>${lines}</svg>`
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer()
}
