import type { Locale } from './config'

/**
 * The error page's words, apart from the other messages: the error page is a client component
 * shown on every public page's layout, so whatever it imports is sent to every reader (all of
 * messages.ts was ~6 KB gzip of JavaScript on each page).
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
