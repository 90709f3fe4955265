import type { ReactNode } from 'react'

/** Root layout of the bench-only route group (copied into src/app/(bench) for the bench build only). */
export default function BenchLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
