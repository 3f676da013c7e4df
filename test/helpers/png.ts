import { randomUUID } from 'node:crypto'

import sharp from 'sharp'

/** A tiny real PNG (4×3, red), made with sharp so uploads go through Payload's image pipeline. */
export function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 4, height: 3, channels: 3, background: '#c33' } })
    .png()
    .toBuffer()
}

/**
 * A file name no other test used: Payload probes `still-1.png`, `still-2.png`, … until one is free
 * (on disk and in the database), which gets slow as a shared media directory fills up.
 */
export const uniqueImageName = () => `still-${randomUUID().slice(0, 8)}.png`

/** A multipart body as Payload's admin sends it: the file, and the other fields as `_payload`. */
export function uploadForm(png: Buffer, data: Record<string, unknown>, name = uniqueImageName()) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify(data))
  return form
}
