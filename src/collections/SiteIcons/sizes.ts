/** The square sizes browsers and phones ask for: the tab's icon, the home-screen icons. */
export const ICON_SIZES = {
  favicon: 32,
  appleTouch: 180,
  app192: 192,
  app512: 512,
} as const
