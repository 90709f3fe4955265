/**
 * A guest author's privacy: the profile made when a submission becomes a draft stays out of every
 * public view (REST, GraphQL, the Local API as a visitor, /authors, the author page, the site
 * search) until an article by them is published, and goes again when it is unpublished; their
 * structured data says they work for their own organisation.
 */
import type { Payload } from 'payload'
import { prerender } from 'react-dom/static'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authorPage } from '@/components/lists/AuthorView'
import { peopleDirectory } from '@/lib/people'
import { searchSite } from '@/lib/search'
import type { Article, Author } from '@/payload-types'

import { createSubmission, type World } from '../helpers/fixtures'
import { acceptAndConvert } from '../helpers/submissions'
import type { TestApp } from '../helpers/testApp'
import { startWorld } from '../helpers/world'

let app: TestApp
let payload: Payload
let world: World
let article: Article
let guest: Author

const NAME = 'Leyla Qasimova'
const AFFILIATION = 'Khazar University'

beforeAll(async () => {
  ;({ app, payload, world } = await startWorld())
  const submission = await createSubmission(payload, { name: NAME, affiliation: AFFILIATION })
  article = await acceptAndConvert(world, payload, submission.id)
  guest = await payload.findByID({
    collection: 'authors',
    id: article.authors[0] as Author['id'],
    depth: 0,
  })
})
afterAll(() => app?.close())

const setStatus = async (_status: 'published' | 'draft') => {
  const response = await world.api.patch(`/api/articles/${article.id}`, {
    token: world.tokens.editor,
    json: { _status },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
}

/** Where a visitor could meet the guest: each answers whether they did. */
async function publicSightings() {
  const rest = await world.api.get(`/api/authors/${guest.id}`)
  const list = await world.api.get(`/api/authors?where[id][equals]=${guest.id}`)
  const graphql = await world.api.graphql(
    `{ Authors(where: { id: { equals: ${JSON.stringify(guest.id)} } }) { docs { name } } }`,
  )
  expect(graphql.body.errors, JSON.stringify(graphql.body.errors)).toBeUndefined()
  const local = await payload.find({
    collection: 'authors',
    where: { id: { equals: guest.id } },
    overrideAccess: false,
  })
  const directory = await peopleDirectory('en')
  const found = await searchSite('en', { q: 'Qasimova', filters: {}, sort: 'relevance', page: 1 })
  return {
    rest: rest.status === 200,
    restList: list.body.docs.length > 0,
    graphql: graphql.body.data.Authors.docs.length > 0,
    local: local.docs.length > 0,
    directory: Boolean(
      directory?.groups.some((group) => group.people.some((person) => person.name === NAME)),
    ),
    page: (await authorPage('en', guest.slug!, 1)) !== null,
    search: Boolean(found?.people.some((person) => person.name === NAME)),
  }
}

const everywhere = (seen: boolean) => ({
  rest: seen,
  restList: seen,
  graphql: seen,
  local: seen,
  directory: seen,
  page: seen,
  search: seen,
})

describe('a guest author', () => {
  it('is made a guest, with the affiliation from the submission', () => {
    expect(guest.guest).toBe(true)
    expect(guest.hasPublishedArticle).toBe(false)
    expect(guest.affiliation).toBe(AFFILIATION)
  })

  it('is nowhere public while their article is a draft; staff still see them', async () => {
    expect(await publicSightings()).toEqual(everywhere(false))
    const asEditor = await world.api.get(`/api/authors/${guest.id}`, {
      token: world.tokens.editor,
    })
    expect(asEditor.status).toBe(200)
    const asIntern = await world.api.get(`/api/authors/${guest.id}`, {
      token: world.tokens.intern,
    })
    expect(asIntern.status).toBe(200)
  })

  it('cannot be made public by setting the stamp through the API', async () => {
    const response = await world.api.patch(`/api/authors/${guest.id}`, {
      token: world.tokens.editor,
      json: { hasPublishedArticle: true },
    })
    expect(response.status).toBe(200)
    expect(await publicSightings()).toEqual(everywhere(false))
  })

  it('is public once the article is published, working for their own organisation', async () => {
    await setStatus('published')
    expect(await publicSightings()).toEqual(everywhere(true))

    const page = await authorPage('en', guest.slug!, 1)
    const { prelude } = await prerender(page!.body)
    const html = await new Response(prelude).text()
    const jsonLd = JSON.parse(
      html.match(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s)![1],
    )
    expect(jsonLd.worksFor).toEqual({ '@type': 'Organization', name: AFFILIATION })
  })

  it('leaves the public views again when the article is unpublished', async () => {
    await setStatus('draft')
    expect(await publicSightings()).toEqual(everywhere(false))
  })

  it('staff profiles stay public without articles and work for the think tank', async () => {
    const staff = await payload.find({
      collection: 'authors',
      where: { id: { equals: world.ownAuthor.id } },
      overrideAccess: false,
    })
    expect(staff.docs).toHaveLength(1)
    const page = await authorPage('en', world.ownAuthor.slug!, 1)
    const { prelude } = await prerender(page!.body)
    const html = await new Response(prelude).text()
    expect(html).not.toContain(AFFILIATION)
    expect(html).toMatch(/"worksFor":\{"@type":"Organization","name":"[^"]+"\}/)
  })
})
