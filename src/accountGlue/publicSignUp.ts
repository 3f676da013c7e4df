import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'
import { ValidationError, validations } from 'payload'

import { isStaffRole, roleOf } from '../../access/roles'
import { spendPasswordHashTime } from './passwordHashCost'

/**
 * A sign-up whose answer must not tell whether the e-mail is registered: over REST or GraphQL, by
 * anyone but staff (who manage accounts and need real answers). The Local API is trusted code.
 */
export const isPublicSignUp = (req: PayloadRequest): boolean =>
  req.payloadAPI !== 'local' && !isStaffRole(roleOf(req))

/** Payload's refusal of a new account whose e-mail (or username) is already registered. */
export function isAlreadyRegistered(err: unknown, req: PayloadRequest): boolean {
  if (!(err instanceof Error) || err.name !== 'ValidationError') return false
  const errors = (err as ValidationError).data?.errors ?? []
  const taken = [
    req.t('error:userEmailAlreadyRegistered'),
    req.t('error:usernameAlreadyRegistered'),
  ]
  return errors.length === 1 && taken.includes(errors[0].message)
}

/**
 * What a new account with this password would have gone through after the e-mail check: Payload's
 * password validation (the same error) and the hashing (the same time), so neither the answer nor
 * its duration tells a registered e-mail from a new one.
 */
export async function actAsNewAccount(args: {
  collection: SanitizedCollectionConfig
  password: unknown
  req: PayloadRequest
}): Promise<void> {
  const { collection, password, req } = args
  const text = typeof password === 'string' ? password : ''
  const problem = validations.password(text, {
    name: 'password',
    type: 'text',
    required: true,
    req,
  } as Parameters<typeof validations.password>[1])
  if (typeof problem === 'string') {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: problem, path: 'password' }],
    })
  }
  await spendPasswordHashTime(text)
}

/** The message of Payload's REST create answer ("Reader successfully created."). */
export function createdMessage(collection: SanitizedCollectionConfig, req: PayloadRequest): string {
  const label = collection.labels.singular as unknown
  const text =
    typeof label === 'function'
      ? String(label({ i18n: req.i18n, t: req.t }))
      : typeof label === 'object' && label
        ? String(
            (label as Record<string, string>)[req.i18n.language] ?? Object.values(label)[0] ?? '',
          )
        : String(label)
  return req.t('general:successfullyCreated', { label: text })
}
