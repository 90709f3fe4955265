import { listHref } from '@/components/Pagination'
import { TeamSection } from '@/components/PersonCard'
import { SiteFrame } from '@/components/SiteFrame'
import type { PageContent } from '@/components/page/readingPage'
import { localePath, type Locale } from '@/i18n/config'
import { messagesFor, type Messages } from '@/i18n/messages'
import { pageMetadata } from '@/lib/pageMetadata'
import { peopleDirectory, type PeopleDirectory } from '@/lib/people'
import { sameId } from '@/lib/relations'

/** Filtered views of /authors: one team, or the people with one expertise. */
export type AuthorsFilter = { team?: string; topic?: string }

/** The address of a view of /authors, without the language prefix: also its canonical address. */
export const authorsPath = (filter: AuthorsFilter) => listHref('/authors', 1, filter)

function authorsTitle(t: Messages, directory: PeopleDirectory): string {
  if (directory.team) return directory.team.name
  if (directory.topic) return t.people.expertIn(directory.topic.name)
  return t.ourAuthors
}

/**
 * `/authors` (and `?team=`, `?topic=`): the teams in order, each with its people, "Contributors"
 * last; or null for a 404 when the filter names a team nobody is in or a topic nobody has.
 */
export async function authorsPage(
  locale: Locale,
  filter: AuthorsFilter = {},
): Promise<PageContent | null> {
  const directory = await peopleDirectory(locale, filter)
  if (!directory) return null
  const t = messagesFor(locale)
  return {
    head: pageMetadata({
      locale,
      path: authorsPath(filter),
      title: authorsTitle(t, directory),
      description: directory.team?.description || t.authorsLead,
    }),
    body: <AuthorsIndex locale={locale} directory={directory} filter={filter} />,
  }
}

/** Plain links (no JavaScript): everyone, each team, each expertise; the current one marked. */
function PeopleFilters({ locale, directory }: { locale: Locale; directory: PeopleDirectory }) {
  const t = messagesFor(locale)
  const link = (label: string, to: AuthorsFilter, current: boolean) => (
    <a href={localePath(locale, authorsPath(to))} aria-current={current ? 'page' : undefined}>
      {label}
    </a>
  )
  return (
    <nav aria-label={t.people.filters} className="people-filters">
      <div className="people-filters__row">
        <span id="people-filters-teams" className="people-filters__label">
          {t.people.teams}
        </span>
        <ul aria-labelledby="people-filters-teams">
          <li>{link(t.people.all, {}, !directory.team && !directory.topic)}</li>
          {directory.teams.map((team) => (
            <li key={team.id}>
              {link(
                team.name,
                { team: team.slug ?? undefined },
                sameId(team.id, directory.team?.id),
              )}
            </li>
          ))}
        </ul>
      </div>
      {directory.topics.length > 0 && (
        <div className="people-filters__row">
          <span id="people-filters-topics" className="people-filters__label">
            {t.expertise}
          </span>
          <ul aria-labelledby="people-filters-topics">
            {directory.topics.map((topic) => (
              <li key={topic.id}>
                {link(
                  topic.name,
                  { topic: topic.slug ?? undefined },
                  sameId(topic.id, directory.topic?.id),
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </nav>
  )
}

function AuthorsIndex({
  locale,
  directory,
  filter,
}: {
  locale: Locale
  directory: PeopleDirectory
  filter: AuthorsFilter
}) {
  const t = messagesFor(locale)
  return (
    <SiteFrame locale={locale} path={authorsPath(filter)}>
      <h1>{t.ourAuthors}</h1>
      <p className="lead">
        {directory.topic ? t.people.expertIn(directory.topic.name) : t.authorsLead}
      </p>
      <PeopleFilters locale={locale} directory={directory} />
      {directory.groups.length === 0 && <p>{t.people.none}</p>}
      {directory.groups.map(({ team, people }) => (
        <TeamSection
          key={team?.id ?? 'contributors'}
          id={team ? `team-${team.slug}` : 'contributors'}
          name={team?.name ?? t.people.contributors}
          description={team?.description}
          people={people}
          locale={locale}
          headingLevel={2}
        />
      ))}
    </SiteFrame>
  )
}
