import type { I18nClient } from '@payloadcms/translations'

import { canAlways } from '@/access/gate'

type AdminServerProps = { user?: unknown; i18n: I18nClient }

/**
 * Above the articles list: for people without `articles.publish`, the list's bulk Publish and
 * Unpublish (and the Publish button of the bulk edit drawer) are hidden, since the server refuses
 * them anyway ("You are not allowed to perform this action"). Payload draws these buttons for
 * everyone who may update, with no slot to replace them, so they are hidden by their labels in
 * the admin's language (Payload's own words).
 */
export function BulkPublishGate({ user, i18n }: AdminServerProps) {
  if (canAlways(user, 'articles', 'publish')) return null
  const labelled = (key: 'version:publish' | 'version:unpublish') =>
    `.list-selection [aria-label=${JSON.stringify(i18n.t(key))}]`
  const hidden = [labelled('version:publish'), labelled('version:unpublish'), '.edit-many__publish']
  return <style>{`${hidden.join(',\n')} { display: none !important; }`}</style>
}
