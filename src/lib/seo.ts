import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Config } from 'payload'

/**
 * The words of Payload's SEO plugin in every language it has (Azerbaijani and Russian among
 * them). Articles and Pages place the plugin's fields in their own SEO tab without the plugin,
 * and the fields bring no words of their own: the plugin merges them only into a config it is
 * applied to, so they are taken from an empty one (the package exports them no other way).
 */
export const seoTranslations = (seoPlugin({})({} as Config).i18n?.translations ?? {}) as Record<
  string,
  object
>
