import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Slugs } from '../options'

type Id = number | string

const WIDTH = 1200
const HEIGHT = 675

/** Two colours picked from the title, so each drama's art is recognisably its own. */
function paletteOf(title: string): [string, string] {
  let hash = 0
  for (const char of title) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  const hue = hash % 360
  return [`hsl(${hue}, 55%, 38%)`, `hsl(${(hue + 140) % 360}, 65%, 62%)`]
}

/** An abstract banner (no text: fonts differ between machines), rendered to PNG by sharp. */
async function bannerFor(title: string): Promise<Buffer> {
  const [from, to] = paletteOf(title)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${WIDTH * 0.78}" cy="${HEIGHT * 0.3}" r="${HEIGHT * 0.42}" fill="#fff" fill-opacity="0.12"/>
  <circle cx="${WIDTH * 0.18}" cy="${HEIGHT * 0.85}" r="${HEIGHT * 0.3}" fill="#000" fill-opacity="0.10"/>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/**
 * One banner per drama, used as its poster and as the hero image of articles about it: the
 * pre-publish checklist wants a hero image with alt text, and the site's cards look better with one.
 * Written once; a rerun finds them by alt text.
 */
export async function seedHeroImages(
  payload: Payload,
  slugs: Slugs,
  titles: readonly string[],
): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>()
  for (const title of titles) {
    const alt = `Abstract colour banner for our coverage of ${title}`
    const found = await payload.find({
      collection: slugs.media,
      where: { alt: { equals: alt } },
      limit: 1,
      depth: 0,
    })
    if (found.docs[0]) {
      ids.set(title, found.docs[0].id)
      continue
    }
    const data = await bannerFor(title)
    const name = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.png`
    const doc = await payload.create({
      collection: slugs.media,
      data: { alt, credit: 'Showrunner demo art' },
      file: { data, mimetype: 'image/png', name, size: data.length },
      depth: 0,
      context: { disableRevalidate: true },
    })
    ids.set(title, doc.id)
  }
  return ids
}
