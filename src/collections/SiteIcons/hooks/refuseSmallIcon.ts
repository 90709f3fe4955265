import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { ICON_SIZES } from '../sizes'

const LARGEST = ICON_SIZES.app512

/**
 * A phone's home-screen icon is 512 px square: a smaller or oblong upload would come out blurred
 * or cropped, so it is refused with the size it has.
 */
export const refuseSmallIcon: CollectionBeforeChangeHook = ({ data, req }) => {
  const { width, height } = data as { width?: number; height?: number }
  if (!width || !height) return data
  if (width >= LARGEST && height >= LARGEST && width === height) return data
  throw new ValidationError({
    collection: 'site-icons',
    errors: [
      {
        path: 'file',
        message: `The icon must be square and at least ${LARGEST} × ${LARGEST} px; this one is ${width} × ${height} px.`,
      },
    ],
    req,
  })
}
