import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

export type CapturedEmail = { to: string; subject: string; text: string; html: string }

export type EmailOutbox = {
  sent: CapturedEmail[]
  /** The messages sent to `to`. */
  to: (address: string) => CapturedEmail[]
  clear: () => void
}

/** An e-mail adapter that keeps messages in memory instead of sending them. */
export function captureEmailAdapter(outbox: CapturedEmail[]): EmailAdapter {
  return () => ({
    name: 'capture',
    defaultFromAddress: 'newsroom@showrunner.test',
    defaultFromName: 'Showrunner',
    sendEmail: async (message: SendEmailOptions) => {
      const recipients = Array.isArray(message.to) ? message.to : [message.to]
      for (const to of recipients) {
        outbox.push({
          to: typeof to === 'string' ? to : String((to as { address?: string })?.address),
          subject: String(message.subject ?? ''),
          text: String(message.text ?? ''),
          html: String(message.html ?? ''),
        })
      }
      return { accepted: recipients.length }
    },
  })
}

/**
 * Swaps the running Payload's e-mail adapter for a capturing one (the config's adapter is built at
 * init, so tests install this after getPayload). Everything sent through `payload.sendEmail` lands
 * in the returned outbox.
 */
export function installEmailCapture(payload: Payload): EmailOutbox {
  const sent: CapturedEmail[] = []
  const adapter = captureEmailAdapter(sent)({ payload })
  payload.email = adapter
  payload.sendEmail = (message) => adapter.sendEmail(message)
  return {
    sent,
    to: (address) => sent.filter((email) => email.to === address),
    clear: () => void sent.splice(0, sent.length),
  }
}
