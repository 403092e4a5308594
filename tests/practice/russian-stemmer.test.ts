// The embedded store's Russian stemmer: the Snowball algorithm PostgreSQL's `russian` configuration
// uses, so both stores find the same word forms.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { RUSSIAN_STOP_WORDS, searchStems, stemRussian } from '../../shared/practice/russian-stemmer';
import { ftsQuery } from '../../sync-service/src/store/practices';

/** Word → stem, as PostgreSQL 15's `russian_stem` dictionary gives them. */
const STEMS: Record<string, string> = {
  наставник: 'наставник',
  наставника: 'наставник',
  наставников: 'наставник',
  наставникам: 'наставник',
  наставничество: 'наставничеств',
  наставничества: 'наставничеств',
  молодого: 'молод',
  педагогов: 'педагог',
  специалисту: 'специалист',
  профессии: 'професс',
  учителей: 'учител',
  обучающихся: 'обуча',
  встречами: 'встреч',
  развивающая: 'развива',
  играющий: 'игра',
  читавшими: 'чита',
  успешность: 'успешн',
  красивейший: 'красив',
  длинные: 'длин',
  бегаешь: 'бега',
  занимаются: 'занима',
  сделавшись: 'сдела',
  ёлка: 'елк',
  it: 'it',
};

describe('Russian stemmer', () => {
  it('gives the Snowball stems PostgreSQL gives', () => {
    expect(Object.fromEntries(Object.keys(STEMS).map((w) => [w, stemRussian(w.replace(/ё/g, 'е'))]))).toEqual(STEMS);
  });

  it('splits a text into stems without stop words, reading ё as е', () => {
    expect(searchStems('Наставник для молодого педагога и ЁЛКИ-2025')).toEqual([
      'наставник',
      'молод',
      'педагог',
      'елк',
      '2025',
    ]);
  });

  it('builds an FTS5 query: every word, «-слово» excluded, nothing for stop words alone', () => {
    expect(ftsQuery('наставника молодых -педагогов')).toBe('"наставник" AND "молод" NOT "педагог"');
    expect(ftsQuery('и в для')).toBeNull();
    expect(ftsQuery('"кавычки" OR ...')).toBe('"кавычк"');
  });
});

const url = process.env.TEST_DATABASE_URL;
if (url) {
  describe('Russian stemmer against PostgreSQL', () => {
    it('agrees with ts_lexize(russian_stem) on every word of a practice text, stop words included', async () => {
      const text =
        'Наставничество молодых специалистов в сельской школе: еженедельные встречи наставника и молодого педагога, ' +
        'взаимопосещения уроков, разбор трудных ситуаций, методические объединения учителей, профориентационные ' +
        'экскурсии обучающихся на предприятия, проектная деятельность старшеклассников с младшими школьниками';
      const words = [...new Set(text.toLowerCase().match(/[а-яё]+/g))];
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ w: string; stem: string | null }>(
          "SELECT w, (ts_lexize('russian_stem', w))[1] AS stem FROM unnest($1::text[]) AS w",
          [words],
        );
        const ours = (w: string) => (RUSSIAN_STOP_WORDS.has(w) ? '' : stemRussian(w));
        expect(Object.fromEntries(words.map((w) => [w, ours(w)]))).toEqual(
          Object.fromEntries(rows.map((r) => [r.w, r.stem ?? ''])),
        );
      } finally {
        await client.end();
      }
    });
  });
}
