/** The package ships no types; this is the part of its API the analyzer uses. */
declare module 'snowball-stemmers' {
  const snowball: {
    newStemmer: (language: string) => { stem: (word: string) => string }
    algorithms: () => string[]
  }
  export default snowball
}
