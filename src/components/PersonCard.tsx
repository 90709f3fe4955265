import { MediaImage } from '@/components/MediaImage'
import { TopicLinks } from '@/components/TopicLinks'
import { localePath, type Locale } from '@/i18n/config'
import type { Author } from '@/payload-types'

type Person = Pick<Author, 'id' | 'name' | 'slug' | 'headline' | 'photo' | 'expertise'>
/** Where a list of people sits in the page's outline: its heading, and its people's names below it. */
type ListLevel = 2 | 3
type NameLevel = ListLevel | 4

/** "Arzu Bunyad" → "AB": drawn where a person has no photo, so every card has the same shape. */
const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0].toUpperCase())
    .join('')

/** One person wherever people are listed (/authors, the people block of pages): photo, name, headline, expertise. */
export function PersonCard({
  person,
  locale,
  headingLevel,
}: {
  person: Person
  locale: Locale
  /** The name is a heading one level below the heading of the list it is in. */
  headingLevel: NameLevel
}) {
  const Name = `h${headingLevel}` as const
  const photo = typeof person.photo === 'object' ? person.photo : null
  return (
    <article className="person-card">
      {photo ? (
        <MediaImage media={photo} sizes="72px" className="person-card__photo" />
      ) : (
        <span className="person-card__photo person-card__initials" aria-hidden="true">
          {initialsOf(person.name)}
        </span>
      )}
      <div className="person-card__text">
        <Name className="person-card__name">
          <a href={localePath(locale, `/authors/${person.slug}`)}>{person.name}</a>
        </Name>
        {person.headline && <p className="person-card__headline">{person.headline}</p>}
        <TopicLinks topics={person.expertise} locale={locale} />
      </div>
    </article>
  )
}

/** People as a grid of cards: one column on a phone, up to three on a wide screen. */
export function PeopleGrid({
  people,
  locale,
  headingLevel,
}: {
  people: Person[]
  locale: Locale
  headingLevel: NameLevel
}) {
  return (
    <ul className="people-grid">
      {people.map((person) => (
        <li key={person.id}>
          <PersonCard person={person} locale={locale} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}

/** A team (or the contributors) as a section: its name, its description, its people. */
export function TeamSection({
  id,
  name,
  description,
  people,
  locale,
  headingLevel,
}: {
  /** The heading's id, which the section is labelled by and a link can point to. */
  id: string
  name: string
  description?: string | null
  people: Person[]
  locale: Locale
  headingLevel: ListLevel
}) {
  const Name = `h${headingLevel}` as const
  return (
    <section className="people-team" aria-labelledby={id}>
      <Name id={id} className="people-team__name">
        {name}
      </Name>
      {description && <p className="people-team__description">{description}</p>}
      <PeopleGrid people={people} locale={locale} headingLevel={headingLevel === 2 ? 3 : 4} />
    </section>
  )
}
