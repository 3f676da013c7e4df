'use client'

import { useSyncExternalStore } from 'react'

/** drama id → last episode watched, kept in the browser only (the page itself is the same for all). */
export type Progress = Record<string, number>

const KEY = 'showrunner:watched'
const EVENT = 'showrunner:progress'
const EMPTY: Progress = {}
let cache: { raw: string | null; value: Progress } = { raw: null, value: EMPTY }

function read(): Progress {
  const raw = window.localStorage.getItem(KEY)
  if (raw !== cache.raw) {
    let value: Progress = EMPTY
    try {
      value = raw ? (JSON.parse(raw) as Progress) : EMPTY
    } catch {
      value = EMPTY
    }
    cache = { raw, value }
  }
  return cache.value
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange)
  window.addEventListener(EVENT, onChange)
  return () => {
    window.removeEventListener('storage', onChange)
    window.removeEventListener(EVENT, onChange)
  }
}

/** The reader's progress; on the server (and before hydration) none, so spoilers start shielded. */
export function useProgress(): Progress | null {
  return useSyncExternalStore(subscribe, read, () => null)
}

export function setProgress(dramaId: string, episode: number | null) {
  const next = { ...read() }
  if (episode === null) delete next[dramaId]
  else next[dramaId] = episode
  window.localStorage.setItem(KEY, JSON.stringify(next))
  window.dispatchEvent(new Event(EVENT))
}
