import type { ProjectExplanation } from './explain.ts';
import type { JurisdictionShare } from './jurisdictions.ts';

/** English sentences and tables for the CLI and logs; the structured data stays the engine's real output. */

const money = (value: number) => Math.round(value).toLocaleString('en-US');
const decimal = (value: number | null, digits = 2) => (value === null ? '-' : value.toFixed(digits));

/** One line saying why a project was or was not funded (equalshares.net-style explanation). */
export function describeExplanation(entry: ProjectExplanation): string {
  const head = `${entry.projectId} (cost ${money(entry.cost)}, ${entry.supporters} supporters)`;
  if (entry.reason === 'mes') {
    const payers = entry.payers
      ? `${entry.payers.full} paid the full share, ${entry.payers.allTheyHad} paid all they had left`
      : '';
    const held = entry.supportersMoney
      ? `; supporters held ${decimal(entry.supportersMoney.min)}–${decimal(entry.supportersMoney.max)} each`
      : '';
    return `${head}: funded in round ${entry.round}, share ρ=${decimal(entry.pricePerSupporter)}, effective votes ${decimal(entry.effectiveVotes, 1)}; ${payers}${held}`;
  }
  if (entry.reason === 'free') return `${head}: funded first, it costs nothing`;
  if (entry.reason === 'greedy') return `${head}: funded as number ${entry.round} in greedy order`;
  if (entry.reason === 'did-not-fit')
    return `${head}: not funded, it did not fit in what was left when its turn came`;
  if (entry.reason === 'no-supporters') return `${head}: not funded, nobody supports it`;
  if (entry.reason === 'no-satisfaction')
    return `${head}: not funded by MES, it costs nothing and so adds no cost satisfaction`;
  const held = entry.moneyWhenDropped === null ? '' : money(entry.moneyWhenDropped);
  const lost = entry.lostTo
    ? `last affordable in round ${entry.round} with ${decimal(entry.effectiveVotes, 1)} effective votes, beaten by ${entry.lostTo.projectId} with ${decimal(entry.lostTo.effectiveVotes, 1)}${held ? `; then its supporters had only ${held} left` : ''}`
    : `its supporters never had enough money together${held ? ` (${held} of ${money(entry.cost)})` : ''}`;
  if (entry.reason === 'completion') return `${head}: funded by the completion; in MES it was ${lost}`;
  return `${head}: not funded, ${lost}`;
}

/** A fixed-width table of contribution against benefit per jurisdiction. */
export function describeJurisdictions(shares: readonly JurisdictionShare[]): string {
  const percent = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);
  const lines = [
    `${'jurisdiction'.padEnd(20)} ${'voters'.padStart(8)} ${'contributed'.padStart(14)} ${'benefit'.padStart(14)} ${'benefit/contrib.'.padStart(16)}`,
  ];
  for (const share of shares)
    lines.push(
      `${(share.jurisdiction || '(none)').padEnd(20)} ${String(share.voters).padStart(8)} ${`${share.contributed === null ? '-' : money(share.contributed)} ${percent(share.contributionShare)}`.padStart(14)} ${`${money(share.benefit)} ${percent(share.benefitShare)}`.padStart(14)} ${decimal(share.benefitPerContribution).padStart(16)}`,
    );
  return `${lines.join('\n')}\n`;
}
