import { localePath, type Locale } from '@/i18n/config'
import type { Topic } from '@/payload-types'

export function TopicLinks({
  topics,
  locale,
}: {
  topics: (Pick<Topic, 'id' | 'name' | 'slug'> | Topic['id'])[] | null | undefined
  locale: Locale
}) {
  const list = (topics ?? []).filter(
    (topic): topic is Pick<Topic, 'id' | 'name' | 'slug'> => typeof topic === 'object',
  )
  if (list.length === 0) return null
  return (
    <ul className="topic-links">
      {list.map((topic) => (
        <li key={topic.id}>
          <a href={localePath(locale, `/topics/${topic.slug}`)}>{topic.name}</a>
        </li>
      ))}
    </ul>
  )
}
