import type { Locale } from './config'

/**
 * The 500 page's words, apart from the other messages: the page is written without anything that
 * might itself be failing (src/components/page/StatusPages.tsx).
 */
export const ERROR_MESSAGES: Record<
  Locale,
  { title: string; text: string; retry: string; home: string }
> = {
  en: {
    title: 'Something went wrong',
    text: 'We could not show this page. Please try again in a moment.',
    retry: 'Try again',
    home: 'Go to the home page',
  },
  az: {
    title: 'Xəta baş verdi',
    text: 'Bu səhifəni göstərə bilmədik. Bir az sonra yenidən cəhd edin.',
    retry: 'Yenidən cəhd edin',
    home: 'Ana səhifəyə keçin',
  },
  ru: {
    title: 'Что-то пошло не так',
    text: 'Не удалось показать страницу. Попробуйте ещё раз чуть позже.',
    retry: 'Попробовать снова',
    home: 'На главную',
  },
}
