// The plain report speaks in statements about the client, in their own pronouns: the checklist's
// question "Is there a firm grab bar beside the toilet?" answered as a barrier reads "There is no
// firm grab bar beside the toilet."; a question it cannot turn is kept as written.

import { personalPrompt } from './report-wording';

/** The pronouns a client uses; `they` when not recorded. */
export type Pronouns = 'she' | 'he' | 'they';

const FORMS: Readonly<Record<Pronouns, Record<string, string>>> = {
  she: { they: 'she', them: 'her', their: 'her', theirs: 'hers', themselves: 'herself' },
  he: { they: 'he', them: 'him', their: 'his', theirs: 'his', themselves: 'himself' },
  they: { they: 'they', them: 'them', their: 'their', theirs: 'theirs', themselves: 'themselves' },
};

const IRREGULAR: Readonly<Record<string, string>> = {
  are: 'is',
  have: 'has',
  were: 'was',
  do: 'does',
  go: 'goes',
  "don't": "doesn't",
  "aren't": "isn't",
};
const UNCHANGED = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'must', 'should']);

/** A verb after "she" or "he": `use` → `uses`, `carry` → `carries`, `can` stays `can`. */
function singular(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR[lower] !== undefined) return IRREGULAR[lower];
  if (UNCHANGED.has(lower) || lower.endsWith('s') || /[^e]ed$/.test(lower)) return verb;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ies`;
  if (/(sh|ch|x|z|o)$/.test(lower)) return `${verb}es`;
  return `${verb}s`;
}

/** `they`, `their`, `them` of the client written in the client's own pronouns, verbs agreeing. */
export function withPronouns(text: string, pronouns: Pronouns): string {
  if (pronouns === 'they') return text;
  const forms = FORMS[pronouns];
  return text.replace(
    /\b(they|them|their|theirs|themselves)\b(\s+(?:(\w+ly|often|also|still|always|never|sometimes|usually)\s+)?([\w']+))?/gi,
    (_match, word: string, rest?: string, _adverb?: string, verb?: string) => {
      const form = forms[word.toLowerCase()] ?? word;
      const written = word[0] === word[0]?.toUpperCase() ? capitalize(form) : form;
      if (rest === undefined || verb === undefined) return written;
      if (word.toLowerCase() !== 'they') return `${written}${rest}`;
      const gap = rest.slice(0, rest.length - verb.length);
      return `${written}${gap}${singular(verb)}`;
    },
  );
}

function capitalize(text: string): string {
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}

/** The verbs a checklist question asks about, so the words before one are its subject. */
const VERBS = [
  'be',
  'get',
  'go',
  'reach',
  'open',
  'close',
  'lock',
  'use',
  'see',
  'hear',
  'move',
  'turn',
  'stand',
  'sit',
  'walk',
  'climb',
  'step',
  'roll',
  'carry',
  'manage',
  'dress',
  'care',
  'cook',
  'wash',
  'bathe',
  'shower',
  'transfer',
  'lift',
  'load',
  'pass',
  'call',
  'find',
  'read',
  'work',
  'make',
  'take',
  'keep',
  'leave',
  'press',
  'have',
  'need',
  'wear',
  'store',
  'know',
  'feel',
  'suit',
  'run',
  'fit',
  'hold',
  'live',
  'sleep',
  'eat',
  'drink',
  'drive',
  'clean',
  'grip',
  'bend',
].join('|');
/** A question's subject: a name, or a noun phrase of up to four words. */
const SUBJECT = String.raw`(?:the |a |an |each |every )?[\w'-]+(?: [\w'-]+){0,2}?`;

/** A subject never ends on a word that leads into a noun ("the edge of every step"). */
const NOT_AFTER = `(?<! of| every| each| the| a| an| and| or| to)`;

/** A question whose barrier answer is `no` or `yes`, turned into the statement of the barrier. */
function statementOf(question: string, barrierWhen: 'yes' | 'no'): string | undefined {
  const body = question.trim().replace(/\?$/, '');
  // Two questions in one ("..., and is there a seat?") are kept as asked.
  if (/,\s*(and|or) (is|are|does|do|can|could|would)\b/i.test(body)) return undefined;
  const isNo = barrierWhen === 'no';
  const patterns: [RegExp, (match: RegExpExecArray) => string][] = [
    [
      /^Is there (an?|any) (.+)$/i,
      (m) => (isNo ? `There is no ${m[2]}` : `There is ${m[1]} ${m[2]}`),
    ],
    [/^Are there (.+)$/i, (m) => (isNo ? `There are no ${m[1]}` : `There are ${m[1]}`)],
    [/^Is there (enough .+)$/i, (m) => (isNo ? `There is not ${m[1]}` : `There is ${m[1]}`)],
    [/^Is there (.+)$/i, (m) => (isNo ? `There is no ${m[1]}` : `There is ${m[1]}`)],
    [
      /^(Is|Are) (the (?:[\w'-]+ ){1,4}?)((?:[\w-]+ed|lit|kept|set|firm|wide|low|high|clear|free|even|safe|long|short|close|easy|within|at|on|in|non-slip|well|bright|enough|large|level|usable|working|steady|stable|big|deep|strong|secure|quiet|warm|dry|tidy)\b.*)$/i,
      (m) => {
        const verb = m[1]?.toLowerCase() === 'are' ? 'are' : 'is';
        return `${capitalize((m[2] ?? '').trim())} ${verb}${isNo ? ' not' : ''} ${m[3]}`;
      },
    ],
    [
      new RegExp(`^(Can|Could) (${SUBJECT})${NOT_AFTER} (${VERBS})\\b(.*)$`, 'i'),
      (m) => {
        const modal = m[1]?.toLowerCase() === 'can' ? 'can' : 'could';
        const said = isNo ? (modal === 'can' ? 'cannot' : 'could not') : modal;
        return `${capitalize(m[2] ?? '')} ${said} ${m[3]}${m[4]}`;
      },
    ],
    [
      new RegExp(`^(Does|Do) (${SUBJECT})${NOT_AFTER} (${VERBS})\\b(.*)$`, 'i'),
      (m) => {
        const isSingular = m[1]?.toLowerCase() === 'does';
        const subject = capitalize(m[2] ?? '');
        if (isNo) return `${subject} ${isSingular ? 'does' : 'do'} not ${m[3]}${m[4]}`;
        return `${subject} ${isSingular ? singular(m[3] ?? '') : m[3]}${m[4]}`;
      },
    ],
  ];
  for (const [pattern, write] of patterns) {
    const match = pattern.exec(body);
    if (match !== null) return `${write(match)}.`;
  }
  return undefined;
}

/**
 * The plain report's line for a barrier: the question turned into what was found, with the
 * client's name and pronouns; a question it cannot turn (or a choice item) is kept as asked.
 */
export function barrierStatement(
  question: string,
  barrierWhen: 'yes' | 'no' | undefined,
  client: { pronouns: Pronouns; isMentioned: boolean },
): string {
  const statement = barrierWhen === undefined ? undefined : statementOf(question, barrierWhen);
  // "their" in a question about the client is the client's; elsewhere it may be the steps'.
  return client.isMentioned
    ? withPronouns(statement ?? question, client.pronouns)
    : (statement ?? question);
}

/** A barrier of the report in the plain report's words: a statement about the client, by name. */
export function plainFinding(
  item: { prompt: string; barrierWhen: 'yes' | 'no' | undefined },
  client: { firstName: string | undefined; pronouns: Pronouns },
): string {
  const question = personalPrompt(item.prompt, client.firstName);
  return barrierStatement(question, item.barrierWhen, {
    pronouns: client.pronouns,
    isMentioned: question !== item.prompt,
  });
}
