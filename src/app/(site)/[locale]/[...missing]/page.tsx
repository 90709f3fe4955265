import { notFound } from 'next/navigation'

/** Any address that matches no page renders the site's own 404 (not-found.tsx) inside its layout. */
export default function MissingPage() {
  notFound()
}
