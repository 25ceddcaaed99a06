import { getJurisdiction, jurisdictionName, listJurisdictions } from '@crossgov/shared';

/** Whole amounts in a currency, in the reader's locale. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    return `${Math.round(amount).toLocaleString(locale)} ${currency}`;
  }
}

export function formatShare(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function placeName(code: string, locale: string): string {
  return code ? jurisdictionName(code, locale) : '–';
}

/** Where a voter may live: each host and the subdivisions directly inside it. */
export function residenceChoices(hosts: readonly string[], locale: string) {
  return hosts.flatMap((host) => {
    const inside = getJurisdiction(host) ? listJurisdictions({ parent: host, language: locale }) : [];
    return [
      { id: host, label: placeName(host, locale) },
      ...inside.map((entry) => ({
        id: entry.code,
        label: `${placeName(entry.code, locale)} (${placeName(host, locale)})`,
      })),
    ];
  });
}
