'use client'

import type React from 'react'

/**
 * Replaces Payload's header "Publish changes" on articles: the workflow panel's Publish (and
 * Schedule) is the one publish control, offered once the article is approved. The panel's action
 * still writes the live version through Payload (a `_status: 'published'` update), so versions,
 * hooks and revalidation work as they do for the native button.
 */
export function WorkflowPublishButton(): React.ReactNode {
  return null
}
