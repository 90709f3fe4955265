import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './site.css'

export const metadata: Metadata = {
  title: { default: 'Think tank', template: '%s' },
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
