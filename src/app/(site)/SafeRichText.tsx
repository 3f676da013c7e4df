import type {
  SerializedEditorState,
  SerializedLexicalNode,
} from '@payloadcms/richtext-lexical/lexical'
import type { JSXConverter, JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import { RichText } from '@payloadcms/richtext-lexical/react'

import { isAllowedLinkUrl } from '../../links/linkSchemes'

type LinkNode = {
  type?: string
  fields: { url?: string; linkType?: string }
  children: SerializedLexicalNode[]
}

/** A link converter that renders a link with a disallowed scheme as its bare text. */
function guarded(convert: JSXConverter<LinkNode> | undefined): JSXConverter<LinkNode> {
  return (args) => {
    const { node } = args
    const isInternal = node.fields.linkType === 'internal'
    if (convert && (isInternal || isAllowedLinkUrl(node.fields.url ?? ''))) {
      return typeof convert === 'function' ? convert(args) : convert
    }
    return <span>{args.nodesToJSX({ nodes: node.children })}</span>
  }
}

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link: guarded(defaultConverters.link as unknown as JSXConverter<LinkNode>),
  autolink: guarded(defaultConverters.autolink as unknown as JSXConverter<LinkNode>),
})

/**
 * Rich text for the site: Lexical's renderer puts a link's URL in `href` as stored, so a link saved
 * before the scheme rule (or written to the database directly) with `javascript:`, `data:` or
 * `vbscript:` would run in the reader's browser. Such links render as plain text instead.
 */
export function SafeRichText({ data }: { data: SerializedEditorState }) {
  return <RichText converters={converters} data={data} />
}

/** An href for the site, or undefined when its scheme is not allowed (the `<a>` then links nowhere). */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && isAllowedLinkUrl(url) ? url : undefined
}
