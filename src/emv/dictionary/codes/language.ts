// ISO 639-1 alpha-2 language codes, as carried in Language Preference (tag 5F2D, Book 1 §11.3.3).

const languages: ReadonlyMap<string, string> = new Map([
  ['ar', 'Arabic'],
  ['de', 'German'],
  ['en', 'English'],
  ['es', 'Spanish'],
  ['fr', 'French'],
  ['hi', 'Hindi'],
  ['id', 'Indonesian'],
  ['it', 'Italian'],
  ['ja', 'Japanese'],
  ['ko', 'Korean'],
  ['ms', 'Malay'],
  ['nl', 'Dutch'],
  ['pl', 'Polish'],
  ['pt', 'Portuguese'],
  ['ru', 'Russian'],
  ['th', 'Thai'],
  ['tr', 'Turkish'],
  ['vi', 'Vietnamese'],
  ['zh', 'Chinese'],
]);

export function languageName(code: string): string | undefined {
  return languages.get(code.toLowerCase());
}
