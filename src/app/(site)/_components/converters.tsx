import type { JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { safeHref } from '../../../site/safeHref'

type LinkFields = { url?: string; newTab?: boolean; linkType?: string; doc?: unknown }

/**
 * The official JSX converters with two changes: links pass the render-side allowlist (http, https,
 * mailto, relative; anything else renders as plain text) and internal links go to the article page.
 */
export const siteConverters: JSXConvertersFunction = ({ defaultConverters }) => {
  const link: NonNullable<typeof defaultConverters.link> = ({ node, nodesToJSX }) => {
    const fields = node.fields as LinkFields
    const children = nodesToJSX({ nodes: node.children })
    const doc = (fields.doc as { value?: { slug?: string } } | undefined)?.value
    const target =
      fields.linkType === 'internal'
        ? doc?.slug
          ? `/articles/${doc.slug}`
          : null
        : safeHref(fields.url)
    if (!target) return <span className="unsafe-link">{children}</span>
    const external = /^(https?:|mailto:)/i.test(target)
    return (
      <a
        href={target}
        rel={external ? 'noopener noreferrer' : undefined}
        target={fields.newTab ? '_blank' : undefined}
      >
        {children}
      </a>
    )
  }
  return {
    ...defaultConverters,
    link,
    autolink: link as unknown as NonNullable<typeof defaultConverters.autolink>,
  }
}
