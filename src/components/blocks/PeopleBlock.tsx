import { PeopleGrid, TeamSection } from '@/components/PersonCard'
import type { Locale } from '@/i18n/config'
import { peopleDirectory, type PeopleGroup, type PersonTeam } from '@/lib/people'
import { idOf } from '@/lib/relations'
import type { PeopleGridBlock } from '@/payload-types'

type TeamGroup = PeopleGroup & { team: PersonTeam }

const isTeam = (group: PeopleGroup): group is TeamGroup => group.team !== null

/**
 * The people of the team the editor chose, in their order within it; with no team chosen, every
 * team in its order, each under its name (people without a team are in none, so not shown).
 * Nothing at all when nobody is in the team, so a page never shows a heading over nothing.
 */
export async function PeopleBlock({ block, locale }: { block: PeopleGridBlock; locale: Locale }) {
  const directory = await peopleDirectory(locale, block.team ? { teamId: idOf(block.team) } : {})
  const groups = (directory?.groups ?? []).filter(isTeam)
  if (groups.length === 0) return null
  // Headings continue from the block's own h2 or, without one, from the page's h1.
  const level = block.heading ? 3 : 2
  return (
    <section className="block block-people">
      {block.heading && <h2>{block.heading}</h2>}
      {block.team ? (
        <PeopleGrid people={groups[0].people} locale={locale} headingLevel={level} />
      ) : (
        groups.map(({ team, people }) => (
          <TeamSection
            key={team.id}
            id={`people-${block.id ?? 'block'}-${team.slug}`}
            name={team.name}
            description={team.description}
            people={people}
            locale={locale}
            headingLevel={level}
          />
        ))
      )}
    </section>
  )
}
