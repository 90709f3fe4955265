'use client'

import { Button, useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useRef, useState } from 'react'

import { canAlways } from '@/access/gate'

type Answer = { message?: string; errors?: { message: string }[] }

/**
 * Above the redirects list: "Import CSV" sends the chosen file to POST /api/redirects/import
 * (src/collections/Redirects/endpoints/importCsv.ts), which stores every row or none, and shows
 * what it answered: how many were imported, or each problem with its line.
 */
export function ImportRedirects() {
  const { user } = useAuth()
  const router = useRouter()
  const input = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<{ busy?: boolean; answer?: Answer; ok?: boolean }>({})
  if (!canAlways(user, 'redirects', 'import')) return null

  const send = async (file: File) => {
    setState({ busy: true })
    const response = await fetch('/api/redirects/import', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'text/csv' },
      body: file,
    })
    const answer = ((await response.json().catch(() => null)) ?? {
      message: `The import failed (${response.status}).`,
    }) as Answer
    setState({ answer, ok: response.ok })
    if (response.ok) router.refresh()
  }

  return (
    <section aria-label="Import redirects" style={{ margin: '0 0 1rem' }}>
      <input
        ref={input}
        type="file"
        accept=".csv,text/csv"
        hidden
        aria-label="CSV file of redirects"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void send(file)
        }}
      />
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={state.busy}
        onClick={() => input.current?.click()}
      >
        {state.busy ? 'Importing…' : 'Import CSV'}
      </Button>
      <p style={{ margin: '0.25rem 0 0' }}>
        Two columns, <code>from,to</code> (a header row is optional), one old path and its new path
        per row. Every row is stored, or none.
      </p>
      {state.answer && (
        <div
          role={state.ok ? 'status' : 'alert'}
          style={{ marginTop: '0.5rem', color: state.ok ? undefined : 'var(--theme-error-500)' }}
        >
          <p style={{ margin: 0 }}>{state.answer.message}</p>
          {!state.ok && state.answer.errors && (
            <ul style={{ margin: '0.25rem 0 0' }}>
              {state.answer.errors.map((error) => (
                <li key={error.message}>{error.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
