/**
 * People on the public site (src/lib/people.ts): the teams in their order, each person by their
 * order within the team and then by name, the people without a team last; the filters of /authors
 * by team and by expertise, and the 404 of a filter naming nobody; the people block of pages.
 */
import type { Payload } from 'payload'
import { prerender } from 'react-dom/static'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PeopleBlock } from '@/components/blocks/PeopleBlock'
import { authorsPage } from '@/components/lists/PeopleView'
import { peopleDirectory, type PeopleDirectory } from '@/lib/people'
import type { Team, Topic } from '@/payload-types'

import { createTopic } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/testApp'

let app: TestApp
let payload: Payload
let board: Team
let fellows: Team
let empty: Team
let security: Topic
let energy: Topic
let unclaimed: Topic

const createTeam = (name: string, slug: string, order: number) =>
  payload.create({ collection: 'teams', data: { name, slug, order } })

const createPerson = (
  name: string,
  data: { team?: Team; teamOrder?: number; expertise?: Topic[] },
) =>
  payload.create({
    collection: 'authors',
    data: {
      name,
      team: data.team?.id,
      teamOrder: data.teamOrder,
      expertise: data.expertise?.map((topic) => topic.id),
    },
  })

/** Each section as its heading and its people's names, as a reader sees them. */
const outline = (directory: PeopleDirectory | null) =>
  directory?.groups.map((group) => [
    group.team?.name ?? 'Contributors',
    group.people.map((person) => person.name),
  ])

beforeAll(async () => {
  app = await startTestApp()
  payload = app.payload
  // Created out of order, so the order shown is the teams' `order`, not the database's.
  fellows = await createTeam('Fellows', 'fellows', 20)
  board = await createTeam('Board', 'board', 5)
  empty = await createTeam('Nobody yet', 'nobody-yet', 1)
  ;[security, energy, unclaimed] = await Promise.all([
    createTopic(payload),
    createTopic(payload),
    createTopic(payload),
  ])
  await createPerson('Zara Aliyeva', { team: board, teamOrder: 20, expertise: [energy] })
  await createPerson('Yusif Mammadli', { team: board, teamOrder: 10 })
  await createPerson('Aysel Karimova', { team: board, teamOrder: 20 })
  await createPerson('Fuad Huseynov', { team: fellows, expertise: [security] })
  await createPerson('Bahruz Guliyev', { expertise: [security] })
  await createPerson('Anar Rzayev', {})
  await payload.update({ collection: 'teams', id: board.id, locale: 'az', data: { name: 'İdarə' } })
})
afterAll(() => app?.close())

describe('the people directory', () => {
  it('lists the teams in order, people by their order then name, contributors last', async () => {
    expect(outline(await peopleDirectory('en'))).toEqual([
      ['Board', ['Yusif Mammadli', 'Aysel Karimova', 'Zara Aliyeva']],
      ['Fellows', ['Fuad Huseynov']],
      ['Contributors', ['Anar Rzayev', 'Bahruz Guliyev']],
    ])
  })

  it('offers as filters the teams someone is in and the topics someone has', async () => {
    const directory = await peopleDirectory('en')
    expect(directory?.teams.map((team) => team.slug)).toEqual(['board', 'fellows'])
    expect(directory?.topics.map((topic) => topic.id).sort()).toEqual(
      [security.id, energy.id].sort(),
    )
  })

  it('names the teams in the reader’s language', async () => {
    expect((await peopleDirectory('az'))?.teams.map((team) => team.name)).toEqual([
      'İdarə',
      'Fellows',
    ])
  })

  it('filters by team, by slug or by id', async () => {
    const bySlug = await peopleDirectory('en', { team: 'board' })
    expect(outline(bySlug)).toEqual([
      ['Board', ['Yusif Mammadli', 'Aysel Karimova', 'Zara Aliyeva']],
    ])
    expect(bySlug?.team?.id).toBe(board.id)
    expect(outline(await peopleDirectory('en', { teamId: fellows.id }))).toEqual([
      ['Fellows', ['Fuad Huseynov']],
    ])
  })

  it('filters by expertise, keeping the grouping', async () => {
    const directory = await peopleDirectory('en', { topic: security.slug! })
    expect(outline(directory)).toEqual([
      ['Fellows', ['Fuad Huseynov']],
      ['Contributors', ['Bahruz Guliyev']],
    ])
    expect(directory?.topic?.id).toBe(security.id)
  })

  it('answers a filter naming nobody with a 404', async () => {
    for (const filter of [
      { team: 'no-such-team' },
      { team: empty.slug! },
      { teamId: empty.id },
      { topic: 'no-such-topic' },
      { topic: unclaimed.slug! },
    ])
      expect(await peopleDirectory('en', filter), JSON.stringify(filter)).toBeNull()
    expect(await authorsPage('en', { team: 'no-such-team' })).toBeNull()
  })

  it('gives a filtered view its own canonical address in its language', async () => {
    const page = await authorsPage('ru', { team: 'board' })
    expect(page?.head.canonical).toMatch(/\/ru\/authors\?team=board$/)
    expect(page?.head.title).toBe('Board')
  })
})

describe('the people block', () => {
  const render = async (team: Team | Team['id'] | null, heading?: string) => {
    const { prelude } = await prerender(
      await PeopleBlock({ block: { blockType: 'people', heading, team }, locale: 'en' }),
    )
    return new Response(prelude).text()
  }

  it('shows one team, whether the block holds the team or its id', async () => {
    for (const team of [board, board.id]) {
      const html = await render(team, 'Our board')
      expect(html).toContain('<h2>Our board</h2>')
      expect(html.match(/<h3 class="person-card__name">.*?<\/h3>/g)).toHaveLength(3)
      expect(html).toContain('href="/authors/yusif-mammadli"')
      expect(html).not.toContain('Fuad Huseynov')
    }
  })

  it('without a team, shows every team under its name, and not the contributors', async () => {
    const html = await render(null)
    expect(html).toMatch(/<h2 [^>]*>Board<\/h2>.*<h2 [^>]*>Fellows<\/h2>/s)
    expect(html).toContain('Fuad Huseynov')
    expect(html).not.toContain('Anar Rzayev')
  })

  it('renders nothing for a team nobody is in', async () => {
    expect(
      await PeopleBlock({ block: { blockType: 'people', team: empty }, locale: 'en' }),
    ).toBeNull()
  })
})
