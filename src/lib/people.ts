/**
 * The people of the public site (/authors, the people block of pages): the teams in their order,
 * each with its people, and the people without a team last as "Contributors". One query
 * (listAuthors, with `overrideAccess: false`, cached per request like every query of the site),
 * grouped and filtered in memory: a think tank has dozens of people, not thousands, and every
 * filtered view of one request shares that one query.
 */
import { cache } from 'react'

import { LOCALE_TAGS, type Locale } from '@/i18n/config'
import type { Team, Topic } from '@/payload-types'

import { listAuthors } from './queries'
import { sameId, type Id } from './relations'

export type Person = Awaited<ReturnType<typeof listAuthors>>[number]
export type PersonTeam = Pick<Team, 'id' | 'name' | 'slug' | 'description' | 'order'>
export type PersonTopic = Pick<Topic, 'id' | 'name' | 'slug'>

/** A section of the directory: a team and its people, or (team null) the contributors without one. */
export type PeopleGroup = { team: PersonTeam | null; people: Person[] }

/** Which people to show: a team by slug (from an address) or by id (from a page block), a topic by slug. */
export type PeopleFilter = { team?: string; teamId?: Id; topic?: string }

export type PeopleDirectory = {
  /** The filtered sections, teams in order, Contributors last; none empty. */
  groups: PeopleGroup[]
  /** Every team someone is in, in order: the team filters. */
  teams: PersonTeam[]
  /** Every topic someone has as expertise, by name: the topic filters. */
  topics: PersonTopic[]
  /** The team and the topic the filter named. */
  team?: PersonTeam
  topic?: PersonTopic
}

/** The field's default (collections/Authors): a person whose order was never set sorts with it. */
const DEFAULT_TEAM_ORDER = 10

const teamOf = (person: Person): PersonTeam | null =>
  person.team && typeof person.team === 'object' ? person.team : null

const expertiseOf = (person: Person): PersonTopic[] =>
  (person.expertise ?? []).filter((topic): topic is Topic => typeof topic === 'object')

/** One entry per id, in the order first met. */
function unique<T extends { id: Id }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [String(item.id), item])).values()]
}

const inGroup = (person: Person, team: PersonTeam | null) =>
  team ? sameId(teamOf(person)?.id, team.id) : !teamOf(person)

/** By their order within the team, then by name. */
function sortedPeople(people: Person[], collator: Intl.Collator): Person[] {
  return [...people].sort(
    (a, b) =>
      (a.teamOrder ?? DEFAULT_TEAM_ORDER) - (b.teamOrder ?? DEFAULT_TEAM_ORDER) ||
      collator.compare(a.name, b.name),
  )
}

/** The teams in `order` (then by name), each with its people, then the people without a team. */
function groupByTeam(people: Person[], collator: Intl.Collator): PeopleGroup[] {
  const teams = unique(people.flatMap((person) => teamOf(person) ?? [])).sort(
    (a, b) => a.order - b.order || collator.compare(a.name, b.name),
  )
  const groups = [...teams, null].map((team) => ({
    team,
    people: sortedPeople(
      people.filter((person) => inGroup(person, team)),
      collator,
    ),
  }))
  return groups.filter((group) => group.people.length > 0)
}

/** Everyone, grouped, with the filters they make possible; once per request and language. */
const everyone = cache(async (locale: Locale): Promise<PeopleDirectory> => {
  const collator = new Intl.Collator(LOCALE_TAGS[locale])
  const people = await listAuthors(locale)
  const groups = groupByTeam(people, collator)
  return {
    groups,
    teams: groups.flatMap((group) => group.team ?? []),
    topics: unique(people.flatMap(expertiseOf)).sort((a, b) => collator.compare(a.name, b.name)),
  }
})

/** The team a filter names: undefined when it names none, null when nobody is in it. */
function chosenTeam(teams: PersonTeam[], { team, teamId }: PeopleFilter) {
  if (teamId !== undefined) return teams.find((candidate) => sameId(candidate.id, teamId)) ?? null
  if (team !== undefined) return teams.find((candidate) => candidate.slug === team) ?? null
  return undefined
}

/** The topic a filter names: undefined when it names none, null when nobody has it. */
function chosenTopic(topics: PersonTopic[], { topic }: PeopleFilter) {
  if (topic === undefined) return undefined
  return topics.find((candidate) => candidate.slug === topic) ?? null
}

const hasExpertise = (person: Person, topic: PersonTopic) =>
  expertiseOf(person).some((candidate) => sameId(candidate.id, topic.id))

/**
 * The directory as the filter asks, or null when it names a team nobody is in or a topic nobody
 * has: such a view would be an empty page, so the site answers it with its 404.
 */
export async function peopleDirectory(
  locale: Locale,
  filter: PeopleFilter = {},
): Promise<PeopleDirectory | null> {
  const all = await everyone(locale)
  const team = chosenTeam(all.teams, filter)
  const topic = chosenTopic(all.topics, filter)
  if (team === null || topic === null) return null
  const groups = all.groups
    .filter((group) => !team || sameId(group.team?.id, team.id))
    .map((group) => ({
      team: group.team,
      people: topic ? group.people.filter((person) => hasExpertise(person, topic)) : group.people,
    }))
    .filter((group) => group.people.length > 0)
  return { ...all, groups, team, topic }
}
