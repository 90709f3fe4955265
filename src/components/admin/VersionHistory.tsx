import { Gutter, SetDocumentStepNav } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { adminT, collectionName } from '@/i18n/admin'

import { adminDateTime, personName } from './adminFormat'

const PER_PAGE = 10

/**
 * An article's versions, newest first, each with who saved it (the `savedBy` stamp of
 * src/collections/Articles/hooks/stampSavedBy.ts), when, and whether it was published, a draft or
 * an autosave; the date opens Payload's comparison with the current version. Payload's own list
 * has no place for the person, so this replaces it. Read as the signed-in user: an intern sees the
 * versions of what they co-author, and the names of the accounts they may read (a colleague's
 * otherwise).
 */
export async function VersionHistory({ initPageResult, searchParams }: DocumentViewServerProps) {
  const { collectionConfig, docID, req } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const t = adminT(req.t)
  const page = Math.max(1, Number(searchParams?.page) || 1)
  const versions = await req.payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: docID } }, { snapshot: { not_equals: true } }] },
    sort: '-updatedAt',
    limit: PER_PAGE,
    page,
    depth: 1,
    select: { autosave: true, updatedAt: true, version: { _status: true, savedBy: true } },
    locale: req.locale,
    user: req.user,
    overrideAccess: false,
  })
  const base = `/admin/collections/${collectionConfig.slug}/${docID}/versions`
  // Payload stores `autosave` on each version without typing it.
  const statusOf = (version: (typeof versions.docs)[number] & { autosave?: boolean }) =>
    version.version._status === 'published'
      ? req.t('version:published')
      : version.autosave
        ? req.t('version:autosave')
        : req.t('version:draft')
  const savedBy = (value: unknown) =>
    value === null || value === undefined
      ? '—'
      : typeof value === 'object'
        ? personName(value)
        : t('cms:history:colleague')
  return (
    <>
      <SetDocumentStepNav
        collectionSlug={collectionConfig.slug}
        id={docID}
        // Text, not the configuration's label function: this goes to the browser.
        pluralLabel={collectionName('articles', 'plural', req.i18n.language)}
        useAsTitle={collectionConfig.admin.useAsTitle}
        view={req.t('version:versions')}
      />
      <main className="versions version-history">
        <Gutter className="versions__wrap">
          {versions.docs.length === 0 ? (
            <p>{req.t('version:noFurtherVersionsFound')}</p>
          ) : (
            <table className="table" style={{ width: '100%' }}>
              <thead>
                <tr>
                  <th scope="col">{t('cms:history:saved')}</th>
                  <th scope="col">{t('cms:history:by')}</th>
                  <th scope="col">{req.t('version:status')}</th>
                  <th scope="col">{req.t('version:versionID')}</th>
                </tr>
              </thead>
              <tbody>
                {versions.docs.map((version) => (
                  <tr key={version.id}>
                    <td>
                      <a href={`${base}/${version.id}`}>
                        {adminDateTime(version.updatedAt, req.i18n.language)}
                      </a>
                    </td>
                    <td className="version-history__saved-by">
                      {savedBy(version.version.savedBy)}
                    </td>
                    <td>{statusOf(version)}</td>
                    <td>
                      <small>{version.id}</small>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p style={{ display: 'flex', gap: '1.5rem' }}>
            {versions.hasPrevPage && (
              <a href={`${base}?page=${page - 1}`}>{t('cms:history:newer')}</a>
            )}
            {versions.hasNextPage && (
              <a href={`${base}?page=${page + 1}`}>{t('cms:history:older')}</a>
            )}
          </p>
        </Gutter>
      </main>
    </>
  )
}
