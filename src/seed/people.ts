/** The demo think tank's interns (facts from DESIGN.md) and its staff accounts. */
export const DEMO_AUTHORS = [
  {
    slug: 'arzu-bunyad',
    name: 'Arzu Bunyad',
    headline: 'Senior International Relations student, Hacettepe University',
    affiliation: 'Hacettepe University; exchange student at the University of Sarajevo',
    expertise: ['regional-security', 'european-politics'],
  },
  {
    slug: 'ziya-kazimzada',
    name: 'Ziya Kazimzada',
    headline: 'Junior Political Science student, Baku State University',
    affiliation: 'Baku State University',
    expertise: ['russia', 'european-politics'],
  },
  {
    slug: 'elnur-mammadov',
    name: 'Elnur Mammadov',
    headline: 'International Relations student, ADA University',
    affiliation: 'ADA University',
    expertise: ['regional-security', 'great-power-competition', 'energy-and-connectivity'],
  },
] as const

export const DEMO_STAFF = [
  { role: 'admin', name: 'Demo Admin', email: 'admin@example.org' },
  { role: 'editor', name: 'Demo Editor', email: 'editor@example.org' },
  // The intern account writes as Arzu Bunyad, so it can open the drafts she co-authors.
  { role: 'intern', name: 'Arzu Bunyad', email: 'intern@example.org', authorSlug: 'arzu-bunyad' },
] as const

export const DEMO_SITE = {
  siteName: 'Caspian Policy Lab',
  tagline: {
    en: 'Independent analysis of South Caucasus security',
    az: 'Cənubi Qafqaz təhlükəsizliyinin müstəqil təhlili',
    ru: 'Независимый анализ безопасности Южного Кавказа',
  },
  contactEmail: 'editors@example.org',
  followLinks: [
    { platform: 'youtube', url: 'https://www.youtube.com/@caspianpolicylab' },
    { platform: 'x', url: 'https://x.com/caspianpolicylab' },
    { platform: 'facebook', url: 'https://www.facebook.com/caspianpolicylab' },
  ],
} as const
