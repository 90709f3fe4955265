'use client'

import {
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
  useRouteTransition,
  useTranslation,
} from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'

import type { AdminKey, AdminTranslations } from '@/i18n/admin'

/** Lets the editor's deferred updates (Lexical writes the form on idle, within 500 ms) land first. */
const settle = () =>
  new Promise<void>((resolve) =>
    requestIdleCallback(() => setTimeout(resolve, 50), { timeout: 600 }),
  )

/** The link a click would follow out of this page, or null (other tab, download, same page, anchor). */
function leavingLink(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0) return null
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null
  const anchor = (event.target as Element | null)?.closest?.('a')
  if (!anchor?.href || anchor.target === '_blank' || anchor.hasAttribute('download')) return null
  // A link in the text being written is edited, not followed.
  if (anchor.closest('[contenteditable="true"]')) return null
  const next = new URL(anchor.href, window.location.href)
  const here = new URL(window.location.href)
  if (next.origin !== here.origin) return null
  if (next.pathname === here.pathname && next.search === here.search) return null
  return next
}

/**
 * Payload's autosave waits for a pause in typing (the collection's interval) and is cancelled
 * when the page goes away, so the last seconds of typing were lost. Here, in the edit view:
 * - a link clicked inside the admin first saves what is not saved yet (as an autosave would),
 *   then opens (caught before the link's own handler, as Payload's LeaveWithoutSaving does for
 *   collections without autosave);
 * - leaving otherwise (reload, closing the tab, another address) with unsaved changes sends them
 *   anyway (a request that outlives the page) and asks the browser to warn before leaving.
 */
export function AutosaveOnLeave() {
  const { id, collectionSlug } = useDocumentInfo()
  const { getData } = useForm()
  const modified = useFormModified()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { t, i18n } = useTranslation<AdminTranslations, AdminKey>()
  const router = useRouter()
  const { startRouteTransition } = useRouteTransition()
  // Read by the listeners below, which are not re-registered on every keystroke.
  const modifiedRef = useRef(modified)
  useEffect(() => {
    modifiedRef.current = modified
  }, [modified])

  useEffect(() => {
    if (!id || !collectionSlug) return
    const url = `${config.routes.api}/${collectionSlug}/${id}?autosave=true&draft=true&depth=0&fallback-locale=null&locale=${locale}`
    const save = (keepalive: boolean) =>
      fetch(url, {
        method: 'PATCH',
        credentials: 'include',
        keepalive,
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ ...getData(), _status: 'draft' }),
      })

    const onClick = (event: MouseEvent) => {
      const next = leavingLink(event)
      if (!next) return
      event.preventDefault()
      event.stopPropagation()
      void (async () => {
        await settle()
        if (modifiedRef.current) {
          modifiedRef.current = false
          await save(false).catch(() => undefined)
        }
        startRouteTransition(() => router.push(`${next.pathname}${next.search}${next.hash}`))
      })()
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!modifiedRef.current) return
      void save(true).catch(() => undefined)
      event.preventDefault()
      event.returnValue = t('cms:review:unsaved')
    }
    document.addEventListener('click', onClick, true)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      document.removeEventListener('click', onClick, true)
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [
    id,
    collectionSlug,
    config.routes.api,
    locale,
    i18n.language,
    getData,
    router,
    startRouteTransition,
    t,
  ])

  return null
}
