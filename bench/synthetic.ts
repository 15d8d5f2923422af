// Realistic synthetic glossary entries for scale runs: several sections, aliases,
// related terms and cross-links, in Italian and English. Deterministic for a given count.

const NOUNS_IT = ['ricavi', 'vendite', 'clienti', 'pipeline', 'provvigioni', 'quota', 'territorio', 'contratto', 'rinnovo', 'previsione', 'margine', 'sconto', 'fatturato', 'team', 'obiettivo', 'incentivo', 'lead', 'opportunità', 'abbandono', 'fidelizzazione'];
const NOUNS_EN = ['revenue', 'sales', 'customers', 'pipeline', 'commissions', 'quota', 'territory', 'contract', 'renewal', 'forecast', 'margin', 'discount', 'bookings', 'team', 'target', 'incentive', 'lead', 'opportunity', 'churn', 'retention'];
const ADJ_IT = ['annuale', 'mensile', 'netto', 'lordo', 'ricorrente', 'medio', 'previsto', 'effettivo', 'commerciale', 'operativo'];
const ADJ_EN = ['annual', 'monthly', 'net', 'gross', 'recurring', 'average', 'forecast', 'actual', 'commercial', 'operating'];
const QUALIFIERS = ['Alpha', 'Beta', 'Delta', 'Sigma', 'Omega', 'Kappa', 'Lambda', 'Theta', 'Zeta', 'Gamma'];

/** A small deterministic generator, so two runs measure the same content. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface SyntheticTerm {
  id: string;
  related: string[];
  it: { title: string; slug: string; description: string; aliases: string[]; body: string };
  en: { title: string; slug: string; description: string; aliases: string[]; body: string };
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function syntheticTerms(count: number): SyntheticTerm[] {
  const next = random(count);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const terms: SyntheticTerm[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(next() * NOUNS_IT.length);
    const a = Math.floor(next() * ADJ_IT.length);
    const q = `${pick(QUALIFIERS)} ${i}`;
    const id = `term-${i}`;
    const related = [1, 2, 3].map((k) => `term-${(i + k * 7919) % count}`).filter((other) => other !== id);
    const abbreviation = `${NOUNS_EN[n]!.slice(0, 2)}${ADJ_EN[a]!.slice(0, 2)}${i}`.toUpperCase();
    const sections = (nouns: string[], adjs: string[], heading: (k: number) => string, sentence: (k: number) => string) =>
      [0, 1, 2, 3]
        .map((k) => `## ${heading(k)}\n\n${sentence(k)} ${sentence(k + 1)}\n\n### ${capital(pick(adjs))} ${pick(nouns)} ${k}\n\n${sentence(k + 2)}`)
        .join('\n\n');
    terms.push({
      id,
      related,
      it: {
        title: `${capital(NOUNS_IT[n]!)} ${ADJ_IT[a]} ${q}`,
        slug: `${NOUNS_EN[n]}-${ADJ_EN[a]}-${i}-it`,
        description: `Indicatore che misura ${NOUNS_IT[n]} ${ADJ_IT[a]} per il gruppo ${q}, usato da vendite e Revenue Operations.`,
        aliases: [abbreviation],
        body:
          `Definizione di ${NOUNS_IT[n]} ${ADJ_IT[a]}: si veda anche [il termine collegato](../${related[0]}).\n\n` +
          sections(
            NOUNS_IT,
            ADJ_IT,
            (k) => `Sezione ${k + 1}: ${pick(NOUNS_IT)} e ${pick(NOUNS_IT)}`,
            (k) => `Il valore ${pick(ADJ_IT)} di ${pick(NOUNS_IT)} cambia con ${pick(NOUNS_IT)} (${k}), come spiega [questa voce](../${related[k % related.length]}).`,
          ),
      },
      en: {
        title: `${capital(ADJ_EN[a]!)} ${NOUNS_EN[n]} ${q}`,
        slug: `${ADJ_EN[a]}-${NOUNS_EN[n]}-${i}`,
        description: `A measure of ${ADJ_EN[a]} ${NOUNS_EN[n]} for the ${q} group, used by sales and Revenue Operations teams.`,
        aliases: [abbreviation],
        body:
          `The definition of ${ADJ_EN[a]} ${NOUNS_EN[n]}: see also [the related term](../${related[0]}).\n\n` +
          sections(
            NOUNS_EN,
            ADJ_EN,
            (k) => `Part ${k + 1}: ${pick(NOUNS_EN)} and ${pick(NOUNS_EN)}`,
            (k) => `The ${pick(ADJ_EN)} value of ${pick(NOUNS_EN)} moves with ${pick(NOUNS_EN)} (${k}), as [this entry](../${related[k % related.length]}) explains.`,
          ),
      },
    });
  }
  return terms;
}
