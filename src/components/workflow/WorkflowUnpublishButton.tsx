'use client'

import type React from 'react'

/** Replaces Payload's Unpublish menu item on articles: the workflow panel's Unpublish is the one. */
export function WorkflowUnpublishButton(): React.ReactNode {
  return null
}
