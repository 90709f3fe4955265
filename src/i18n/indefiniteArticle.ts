/**
 * English "a" or "an" before a phrase, by how its first word sounds: "an" before a vowel sound
 * ("an analysis", "an hour"), "a" before a consonant sound, including the vowel letters read
 * as "you" or "won" ("a university", "a European", "a one-off").
 */
const CONSONANT_SOUNDING = /^(uni|use|usu|uti|eu|ewe|one|once|ur[aeio])/i
const VOWEL_SOUNDING_H = /^(hour|honest|honou?r|heir)/i

export function withIndefiniteArticle(phrase: string): string {
  const word = phrase.trim()
  const vowelSound =
    (/^[aeiou]/i.test(word) && !CONSONANT_SOUNDING.test(word)) || VOWEL_SOUNDING_H.test(word)
  return `${vowelSound ? 'an' : 'a'} ${word}`
}
