import type { Payload } from 'payload'

export const PASSWORD = 'test-password-1'

export type Account = {
  id: number | string
  email: string
  role: 'admin' | 'editor' | 'author' | 'reader'
  collection: 'authors' | 'readers'
  /** The user as the Local API's `user` argument expects it. */
  user: Record<string, unknown> & { collection: string }
}

export type Accounts = Record<
  'admin' | 'editor' | 'author' | 'author2' | 'reader' | 'reader2',
  Account
>

/** One account per role (two authors, two readers, to test "own" against "other's"). Costly: once per file. */
export async function createAccounts(payload: Payload): Promise<Accounts> {
  const staff = async (key: string, role: 'admin' | 'editor' | 'author'): Promise<Account> => {
    const email = `${key}@test.showrunner`
    const doc = await payload.create({
      collection: 'authors',
      data: { email, password: PASSWORD, name: `Test ${key}`, handle: key, role },
    })
    return {
      id: doc.id,
      email,
      role,
      collection: 'authors',
      user: { ...doc, collection: 'authors' },
    }
  }
  const reader = async (key: string): Promise<Account> => {
    const email = `${key}@test.showrunner`
    const doc = await payload.create({
      collection: 'readers',
      data: { email, password: PASSWORD, displayName: `Test ${key}` },
    })
    return {
      id: doc.id,
      email,
      role: 'reader',
      collection: 'readers',
      user: { ...doc, collection: 'readers' },
    }
  }
  return {
    admin: await staff('admin', 'admin'),
    editor: await staff('editor', 'editor'),
    author: await staff('author', 'author'),
    author2: await staff('author2', 'author'),
    reader: await reader('reader'),
    reader2: await reader('reader2'),
  }
}
